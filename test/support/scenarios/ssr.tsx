import { act, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../../src/i18n/all-resources';
import { VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../../src/react/index';
import { watchConsole, type ConsoleWatch } from '../console';
import type { TestEnvironment } from '../environment';
import { aliyunRequestId, aliyunVideoNotFound, huaweiAssetNotFound, networkFailure, tencentFileNotFound } from '../envelopes';

function Page({ lazy }: { readonly lazy: boolean }): ReactNode {
  return (
    <VodErrorProvider lng="zh-CN" resources={lazy ? undefined : vodErrorResources}>
      <main>
        <VodErrorAlert error={aliyunVideoNotFound} onRetry={() => undefined} />
        <VodErrorAlert error={networkFailure()} compact />
        <VodErrorDialog error={tencentFileNotFound} trigger={<button type="button">查看</button>} />
      </main>
      <VodErrorToaster />
    </VodErrorProvider>
  );
}

/** Server HTML that hydrates in the browser without a warning, with and without bundled texts. */
export function ssrScenarios(env: TestEnvironment): void {
  describe('server rendering and hydration', () => {
    let root: Root | undefined;
    let consoleWatch: ConsoleWatch | undefined;
    let host: HTMLElement | undefined;
    afterEach(() => {
      act(() => root?.unmount());
      root = undefined;
      host?.remove();
      consoleWatch?.restore();
    });

    async function hydrate(ui: ReactNode): Promise<{ errors: unknown[]; messages: () => string[] }> {
      const html = renderToString(ui);
      host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      const errors: unknown[] = [];
      consoleWatch = watchConsole();
      await act(async () => {
        root = hydrateRoot(host as HTMLElement, ui, {
          onRecoverableError: (error) => errors.push(error),
          onCaughtError: (error) => errors.push(error),
          onUncaughtError: (error) => errors.push(error),
        });
      });
      return { errors, messages: consoleWatch.messages };
    }

    it.each([{ texts: 'bundled resources', lazy: false }, { texts: 'lazily loaded texts', lazy: true }])(
      'given $texts, when server HTML is hydrated, should log nothing and recover from nothing',
      async ({ lazy }) => {
        const { errors, messages } = await hydrate(<Page lazy={lazy} />);
        expect({ errors, console: messages() }).toEqual({ errors: [], console: [] });
      },
    );

    it('given the server HTML, should already contain the texts and the RequestId', () => {
      const html = renderToString(<Page lazy={false} />);
      expect(html).toContain('视频不存在');
      expect(html).toContain(aliyunRequestId);
    });

    it('given hydrated server HTML, when the user opens Details, should show the dialog', async () => {
      const { messages } = await hydrate(<Page lazy={false} />);
      const user = env.setupUser();
      await user.click(screen.getAllByRole('button', { name: '详情' })[0] as HTMLElement);
      expect(await screen.findByRole('dialog', { name: '视频不存在' })).toBeVisible();
      expect(messages()).toEqual([]);
    });

    it('given a Huawei error rendered on the server in English, should hydrate the same text', async () => {
      const ui = (
        <VodErrorProvider lng="en-US" resources={vodErrorResources}>
          <VodErrorAlert error={huaweiAssetNotFound} />
        </VodErrorProvider>
      );
      const { messages } = await hydrate(ui);
      expect(screen.getByText('Video not found')).toBeVisible();
      expect(messages()).toEqual([]);
    });
  });
}
