import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { toastVodError, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../src/react/index';

const aliyun = {
  RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'InvalidVideo.NotFound',
  Message: 'The video does not exist.',
};

const diagnosisHrefs = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.includes('/troubleshoot'));

describe('VodErrorProvider site', () => {
  it('given site="international", should point the dialog’s links to the international site', async () => {
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources} site="international">
        <VodErrorDialog error={aliyun} defaultOpen />
      </VodErrorProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(diagnosisHrefs(dialog)).toEqual([expect.stringMatching(/^https:\/\/api\.alibabacloud\.com\//)]);
  });

  it('given site="international", should reach the dialog opened from a toast posted outside React', async () => {
    const user = userEvent.setup();
    render(
      <VodErrorProvider lng="en-US" resources={vodErrorResources} site="international">
        <VodErrorToaster />
      </VodErrorProvider>,
    );
    // toastVodError normalizes without the provider's settings: the site is applied when shown.
    act(() => {
      toastVodError(aliyun);
    });
    const region = await screen.findByRole('region', { name: 'Notifications (Alt+T)' });
    const [toast] = await within(region).findAllByRole('listitem');
    await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(diagnosisHrefs(dialog)).toEqual([expect.stringMatching(/^https:\/\/api\.alibabacloud\.com\//)]);
  });
});
