import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { fn } from 'storybook/test';
import { dismissVodToast, toastVodError, type VodToastOptions } from '../src/react/toast-store';
import { VodErrorToaster, type VodErrorToasterProps } from '../src/react/vod-error-toaster';
import { sampleById, samplesFor, type VodErrorSample } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { useStoryText } from './support/story-text';

type ToasterStoryArgs = VodErrorToasterProps & {
  /** Keep the toasts posted on mount until dismissed (handy for looking at them). */
  readonly sticky: boolean;
  /** Called by the Retry button of toasts that have one. */
  readonly onRetry: () => void;
};

/**
 * Posts `toasts` once when the story mounts and clears the page's toast store when it leaves,
 * so toasts from one story never show up in the next.
 */
function useToastsOnMount(toasts: ReadonlyArray<readonly [VodErrorSample, VodToastOptions?]>, sticky: boolean): void {
  useEffect(() => {
    dismissVodToast();
    for (const [sample, options] of toasts) toastVodError(sample.caught, { ...(sticky ? { duration: Infinity } : {}), ...options });
    return () => dismissVodToast();
    // Post once per mount; the list is rebuilt each render but means the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sticky]);
}

function FireButtons({ choices }: { readonly choices: readonly VodErrorSample[] }) {
  const t = useStoryText();
  return (
    <div className="sandbox-stack">
      <p className="sandbox-note">{t.toastHint}</p>
      <div className="sandbox-row">
        {choices.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className="sandbox-button"
            translate="no"
            onClick={() => toastVodError(candidate.caught)}
          >
            {candidate.label}
          </button>
        ))}
        <button type="button" className="sandbox-button" onClick={() => dismissVodToast()}>
          {t.dismissAll}
        </button>
      </div>
    </div>
  );
}

const meta = {
  title: 'Components/VodErrorToaster',
  component: VodErrorToaster,
  args: { position: 'bottom-right', visibleToasts: 3, sticky: true, onRetry: fn() },
  argTypes: {
    position: { control: 'select', options: ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'] },
    store: { control: false },
    container: { control: false },
  },
  parameters: { layout: 'fullscreen' },
  render: function ProvidersStory({ sticky, onRetry: _onRetry, ...props }) {
    const { provider } = useSandboxGlobals();
    const choices = samplesFor(provider);
    useToastsOnMount(
      choices.slice(0, 4).map((candidate) => [candidate] as const),
      sticky,
    );
    return (
      <div style={{ padding: 16 }}>
        <FireButtons choices={choices} />
        <VodErrorToaster {...props} />
      </div>
    );
  },
} satisfies Meta<ToasterStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `toastVodError(caught)` for the first samples of the toolbar's Provider filter; the rest wait
 * in the queue. Press a sample again to see it coalesce ("×2").
 */
export const Providers: Story = {};

/** A toast with Retry (sticky: it has an action) and one with a custom action. */
export const WithRetryAndAction: Story = {
  render: function WithRetryAndAction({ sticky, onRetry, ...props }) {
    const t = useStoryText();
    useToastsOnMount(
      [
        [sampleById('tencent-upload-cos-fail'), { onRetry }],
        [sampleById('aliyun-forbidden-ram'), { action: { label: t.requestAccess, onClick: onRetry } }],
      ],
      sticky,
    );
    return (
      <div style={{ padding: 16 }}>
        <FireButtons choices={[sampleById('tencent-upload-cos-fail'), sampleById('network-failed-to-fetch')]} />
        <VodErrorToaster {...props} />
      </div>
    );
  },
};

/** Error, warning and info toasts (info: a cancelled request and Tencent's DryRunOperation). */
export const Severities: Story = {
  args: { position: 'top-right' },
  render: function Severities({ sticky, onRetry: _onRetry, ...props }) {
    useToastsOnMount(
      [[sampleById('huawei-arrears')], [sampleById('huawei-rate-limit')], [sampleById('tencent-dry-run')], [sampleById('network-abort')]],
      sticky,
    );
    return (
      <div style={{ padding: 16 }}>
        <FireButtons choices={[sampleById('huawei-arrears'), sampleById('huawei-rate-limit'), sampleById('tencent-dry-run')]} />
        <VodErrorToaster {...props} visibleToasts={4} />
      </div>
    );
  },
};

/** No RequestId (Tencent API 2.0) and a network failure, centred at the top. */
export const MissingRequestIdAndNetwork: Story = {
  args: { position: 'top-center' },
  render: function MissingRequestIdAndNetwork({ sticky, onRetry, ...props }) {
    useToastsOnMount([[sampleById('tencent-legacy-auth')], [sampleById('network-failed-to-fetch'), { onRetry }]], sticky);
    return (
      <div style={{ padding: 16 }}>
        <FireButtons choices={[sampleById('tencent-legacy-auth'), sampleById('network-failed-to-fetch')]} />
        <VodErrorToaster {...props} />
      </div>
    );
  },
};

/** Toasts that close by themselves (8 s errors, 6 s warnings, 4 s info); hover or focus pauses them. */
export const AutoDismiss: Story = {
  args: { sticky: false },
};
