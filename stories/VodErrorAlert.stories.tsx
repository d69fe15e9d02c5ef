import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { fn } from 'storybook/test';
import { normalizeVodError } from '../src/core/normalize';
import { vodErrorResources } from '../src/i18n/all-resources';
import { VodErrorProvider } from '../src/react/context';
import { VodErrorAlert, type VodErrorAlertProps } from '../src/react/vod-error-alert';
import { sampleById, samples, samplesFor } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { SampleCaption } from './support/sample-caption';
import { useStoryText } from './support/story-text';

/** The usual app wiring: offer Retry only when retrying can help. */
function retryIfRetryable(caught: unknown, onRetry: (() => void) | undefined): (() => void) | undefined {
  return normalizeVodError(caught).retryable ? onRetry : undefined;
}

type AlertStoryArgs = Omit<VodErrorAlertProps, 'error'> & {
  /** Which shared sample (stories/samples.ts) the alert receives as `error`. */
  readonly sample: string;
};

const meta = {
  title: 'Components/VodErrorAlert',
  // Docs and controls come from the component; stories pass `sample` (an id) instead of `error`.
  component: VodErrorAlert as unknown as ComponentType<AlertStoryArgs>,
  args: { sample: 'aliyun-video-not-found', onRetry: fn(), onDismiss: fn(), compact: false, showDetails: true, unstyled: false },
  argTypes: {
    sample: {
      control: 'select',
      options: samples.map((candidate) => candidate.id),
      description: 'A caught value from `stories/samples.ts`, passed as `error`.',
    },
  },
  render: ({ sample, ...props }) => {
    const chosen = sampleById(sample);
    return (
      <div className="sandbox-stack">
        <SampleCaption sample={chosen} />
        <VodErrorAlert {...props} error={chosen.caught} />
      </div>
    );
  },
} satisfies Meta<AlertStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Alibaba `InvalidVideo.NotFound` (404) from GetPlayInfo: the body as the backend forwarded it. */
export const AlibabaVideoNotFound: Story = {};

/** Alibaba `Forbidden.RAM` (403) as thrown by the Tea SDK (`@alicloud/openapi-client`). */
export const AlibabaForbiddenRam: Story = { args: { sample: 'aliyun-forbidden-ram' } };

/** `Throttling.User`: a warning, retryable. */
export const AlibabaThrottling: Story = { args: { sample: 'aliyun-throttling' } };

/** The XML form of an Alibaba error body (`Format=XML`), as a raw string. */
export const AlibabaXmlBody: Story = { args: { sample: 'aliyun-signature-xml', onRetry: undefined } };

/** Tencent API 3.0 `ResourceNotFound.FileNotExist`: HTTP 200 with an error envelope. */
export const TencentApi3FileNotExist: Story = { args: { sample: 'tencent-file-not-exist', onRetry: undefined } };

/** Tencent `DryRunOperation`: the request would have succeeded — an info notice (`role="status"`). */
export const TencentApi3DryRun: Story = { args: { sample: 'tencent-dry-run', onRetry: undefined } };

/** Tencent legacy API 2.0 dual code: access code 4000 with video-cloud code 10008 in the message; no RequestId. */
export const TencentApi2DualCode: Story = { args: { sample: 'tencent-legacy-dual-code', onRetry: undefined } };

/** Huawei `VOD.10127` (429, Retry-After 2) inside an axios error; RequestId from `X-Request-Id`. */
export const HuaweiRateLimit: Story = { args: { sample: 'huawei-rate-limit' } };

/** Huawei API Gateway `APIG.0301` with `request_id` in the body. */
export const HuaweiGatewayAuth: Story = { args: { sample: 'huawei-gateway-auth', onRetry: undefined } };

/** `TypeError: Failed to fetch`: no reply at all. */
export const NetworkFailedToFetch: Story = { args: { sample: 'network-failed-to-fetch' } };

/** `AbortSignal.timeout()` fired: `DOMException` named `TimeoutError`. */
export const NetworkTimeout: Story = { args: { sample: 'network-timeout' } };

/** The user cancelled: `AbortError`, shown as info. */
export const NetworkAbort: Story = { args: { sample: 'network-abort', onRetry: undefined } };

/** A gateway's HTML page where JSON was expected. */
export const GatewayHtmlPage: Story = { args: { sample: 'gateway-502' } };

/** A Huawei body read without its headers: no RequestId row, nothing to copy. */
export const MissingRequestId: Story = { args: { sample: 'huawei-no-request-id', onRetry: undefined } };

/** A very long server message in a 320 px column: the alert wraps, the message waits in Details. */
export const LongMessageNarrow: Story = {
  args: { sample: 'aliyun-long-message' },
  render: ({ sample, ...props }) => (
    <div className="sandbox-narrow">
      <VodErrorAlert {...props} error={sampleById(sample).caught} />
    </div>
  ),
};

/** `compact`: one line for toolbars and table rows. */
export const Compact: Story = { args: { sample: 'tencent-request-limit', compact: true } };

/** `unstyled`: no kit classes, only the data-attribute contract for the app's own CSS. */
export const Unstyled: Story = { args: { sample: 'huawei-asset-not-found', unstyled: true } };

/** Error, warning and info side by side. */
export const AllSeverities: Story = {
  render: function AllSeverities(props) {
    const t = useStoryText();
    return (
      <div className="sandbox-stack">
        {(
          [
            ['error', 'tencent-upload-cos-fail'],
            ['warning', 'tencent-request-limit'],
            ['info', 'tencent-dry-run'],
          ] as const
        ).map(([severity, id]) => (
          <section key={severity} className="sandbox-stack" aria-label={t.severity[severity]}>
            <h2 className="sandbox-subheading">{t.severity[severity]}</h2>
            <VodErrorAlert error={sampleById(id).caught} onRetry={retryIfRetryable(sampleById(id).caught, props.onRetry)} onDismiss={props.onDismiss} />
          </section>
        ))}
      </div>
    );
  },
};

/** The same error in both languages at once (`lng` per alert). */
export const BothLanguages: Story = {
  args: { sample: 'aliyun-forbidden-ram' },
  render: ({ sample, ...props }) => (
    <div className="sandbox-columns">
      <VodErrorAlert {...props} lng="zh-CN" error={sampleById(sample).caught} />
      <VodErrorAlert {...props} lng="en-US" error={sampleById(sample).caught} />
    </div>
  ),
};

/** Every shared sample that matches the toolbar's Provider filter. */
export const Gallery: Story = {
  render: function Gallery(props) {
    const { provider } = useSandboxGlobals();
    return (
      <div className="sandbox-stack">
        {samplesFor(provider).map((candidate) => (
          <section key={candidate.id} className="sandbox-stack" aria-label={candidate.label}>
            <SampleCaption sample={candidate} />
            <VodErrorAlert error={candidate.caught} onRetry={retryIfRetryable(candidate.caught, props.onRetry)} onDismiss={props.onDismiss} />
          </section>
        ))}
      </div>
    );
  },
};

/**
 * Honest actions: every alert gets `onRetry`, but Retry shows only where it can help. Forbidden.RAM
 * leads with Details; with a support contact, a permission error leads with Contact support;
 * `retry="always"` is the app saying it changed something (a new token), so Retry is honest.
 */
export const HonestActions: Story = {
  render: function HonestActions(props) {
    const { locale, theme } = useSandboxGlobals();
    return (
    <div className="sandbox-stack">
      <VodErrorAlert error={sampleById('aliyun-forbidden-ram').caught} onRetry={props.onRetry} />
      <VodErrorAlert error={sampleById('aliyun-throttling').caught} onRetry={props.onRetry} />
      <VodErrorProvider lng={locale} theme={theme} resources={vodErrorResources} supportContact="mailto:support@example.com">
        <VodErrorAlert error={sampleById('huawei-gateway-auth').caught} onRetry={props.onRetry} />
      </VodErrorProvider>
      <VodErrorAlert error={sampleById('aliyun-forbidden-ram').caught} onRetry={props.onRetry} retry="always" />
    </div>
    );
  },
};
