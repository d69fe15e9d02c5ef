import { act, render, screen } from '@testing-library/react';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { VodErrorProvider } from '../../src/react/context';
import { VodErrorAlert } from '../../src/react/vod-error-alert';
import { watchConsole } from '../support/console';

// An Alibaba reply whose code has its own text in both languages.
const suspended = {
  RequestId: '5C4E1A2B-3D4F-4A5B-8C7D-9E0F1A2B3C4D',
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: 'OperationDenied.Suspended',
  Message: 'Your VOD service is suspended.',
};

/** The kit's own text for the reply, as formatVodError gives it with every built-in text. */
const textIn = (lng: 'en-US' | 'zh-CN') => formatVodError(suspended, { lng });

/** An app's i18next instance with texts of its own, set up the way apps do. */
async function createHost(lng = 'en-US'): Promise<I18nInstance> {
  const host = i18next.createInstance();
  await host.init({
    lng,
    fallbackLng: 'en-US',
    resources: { 'en-US': { translation: { greeting: 'Hello' } }, 'zh-CN': { translation: { greeting: '你好' } } },
    interpolation: { escapeValue: false },
  });
  return host;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('VodErrorProvider with the app’s i18next instance', () => {
  it('shows the kit’s text in the host’s language and switches to Chinese when the host does', async () => {
    const host = await createHost('en-US');
    render(
      <VodErrorProvider i18n={host}>
        <VodErrorAlert error={suspended} />
      </VodErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(await screen.findByText(textIn('en-US').title)).toBeInTheDocument();
    expect(alert).toHaveAttribute('lang', 'en-US');

    await act(() => host.changeLanguage('zh-CN'));

    expect(await screen.findByText(textIn('zh-CN').title)).toBeInTheDocument();
    expect(alert).toHaveTextContent(textIn('zh-CN').remediation);
    expect(alert).not.toHaveTextContent(textIn('en-US').title);
    expect(alert).toHaveAttribute('lang', 'zh-CN');
  });

  it('never changes the host’s language, even when told to speak another one', async () => {
    const host = await createHost('en-US');
    const changeLanguage = vi.spyOn(host, 'changeLanguage');
    render(
      <VodErrorProvider i18n={host} lng="zh-CN">
        <VodErrorAlert error={suspended} />
        <VodErrorAlert error={{ ...suspended, RequestId: 'B' }} lng="en-US" />
      </VodErrorProvider>,
    );
    expect(await screen.findByText(textIn('zh-CN').title)).toBeInTheDocument();
    expect(await screen.findByText(textIn('en-US').title)).toBeInTheDocument();
    expect(changeLanguage).not.toHaveBeenCalled();
    expect(host.language).toBe('en-US');
  });

  it('keeps the host’s own texts and re-renders without React warnings', async () => {
    const console = watchConsole();
    try {
      const host = await createHost('en-US');
      render(
        <VodErrorProvider i18n={host}>
          <VodErrorAlert error={suspended} />
        </VodErrorProvider>,
      );
      await screen.findByText(textIn('en-US').title);
      await act(() => host.changeLanguage('zh-CN'));
      await screen.findByText(textIn('zh-CN').title);
      expect(host.t('greeting')).toBe('你好');
      expect(console.messages()).toEqual([]);
    } finally {
      console.restore();
    }
  });
});

describe('VodErrorProvider without an i18next instance', () => {
  it('speaks the language given by lng with its own instance, leaving the global i18next alone', async () => {
    render(
      <VodErrorProvider lng="zh-CN">
        <VodErrorAlert error={suspended} />
      </VodErrorProvider>,
    );
    expect(await screen.findByText(textIn('zh-CN').title)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'zh-CN');
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.store?.data ?? {}).toEqual({});
  });
});

describe('without any provider', () => {
  it('speaks the browser’s language (navigator.language)', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    render(<VodErrorAlert error={suspended} />);
    expect(await screen.findByText(textIn('zh-CN').title)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'zh-CN');
  });

  it('follows the browser when its language changes', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    render(<VodErrorAlert error={suspended} />);
    expect(await screen.findByText(textIn('en-US').title)).toBeInTheDocument();

    language.mockReturnValue('zh-CN');
    act(() => {
      window.dispatchEvent(new Event('languagechange'));
    });
    expect(await screen.findByText(textIn('zh-CN').title)).toBeInTheDocument();
  });
});
