import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createVodErrorI18n, VodErrorAlert, VodErrorProvider } from '../../src';
import { vodErrorResources } from '../../src/i18n/all-resources';

const suspended = { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'OperationDenied.Suspended', Message: 'Your VOD service is suspended.' };

function App({ remediation }: { readonly remediation: string }) {
  // Inline objects on purpose: apps write them this way.
  return (
    <VodErrorProvider lng="en-US" resources={{ 'en-US': { aliyun: vodErrorResources['en-US']?.aliyun } }} overrides={{ 'en-US': { aliyun: { 'OperationDenied.Suspended': { remediation } } } }}>
      <VodErrorAlert error={suspended} />
    </VodErrorProvider>
  );
}

describe('VodErrorProvider texts', () => {
  it('shows an override given inline, and the new one after it changes', () => {
    const { rerender } = render(<App remediation="Top up in Billing, then retry." />);
    expect(screen.getByText('Top up in Billing, then retry.')).toBeInTheDocument();
    rerender(<App remediation="Ask finance to pay the invoice." />);
    expect(screen.getByText('Ask finance to pay the invoice.')).toBeInTheDocument();
  });

  it('re-renders with the same inline texts without warnings', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(<App remediation="Top up in Billing, then retry." />);
    for (let i = 0; i < 5; i++) rerender(<App remediation="Top up in Billing, then retry." />);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("keeps one provider's overrides out of another provider and out of the global i18next", () => {
    render(
      <>
        <App remediation="Only in the first provider." />
        <VodErrorProvider lng="en-US" resources={vodErrorResources}>
          <VodErrorAlert error={suspended} />
        </VodErrorProvider>
      </>,
    );
    expect(screen.getAllByText('Only in the first provider.')).toHaveLength(1);
    expect(i18next.isInitialized).toBeFalsy();
  });

  it('shows texts an app added to its instance while no alert was on screen', () => {
    const host = createVodErrorI18n({ lng: 'en-US', resources: vodErrorResources });
    const view = () => (
      <VodErrorProvider i18n={host}>
        <VodErrorAlert error={suspended} />
      </VodErrorProvider>
    );
    const first = render(view());
    first.unmount();
    host.addResourceBundle('en-US', 'vod-error-kit/aliyun', { 'OperationDenied.Suspended': { remediation: 'Added while unmounted.' } }, true, true);
    render(view());
    expect(screen.getByText('Added while unmounted.')).toBeInTheDocument();
  });
});
