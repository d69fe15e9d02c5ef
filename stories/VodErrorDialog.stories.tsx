import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentType } from 'react';
import { fn } from 'storybook/test';
import { vodErrorResources } from '../src/i18n/all-resources';
import { VodErrorProvider } from '../src/react/context';
import { VodErrorDialog, type VodErrorDialogUncontrolledProps } from '../src/react/vod-error-dialog';
import { sampleById, samples, samplesFor } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { SampleCaption } from './support/sample-caption';
import { useStoryText } from './support/story-text';

type DialogStoryArgs = Omit<VodErrorDialogUncontrolledProps, 'error'> & {
  /** Which shared sample (stories/samples.ts) the dialog receives as `error`. */
  readonly sample: string;
};

const meta = {
  title: 'Components/VodErrorDialog',
  // Docs and controls come from the component; stories pass `sample` (an id) instead of `error`.
  component: VodErrorDialog as unknown as ComponentType<DialogStoryArgs>,
  args: { sample: 'aliyun-forbidden-ram', defaultOpen: true, onOpenChange: fn() },
  argTypes: {
    sample: { control: 'select', options: samples.map((candidate) => candidate.id) },
    open: { control: false },
    trigger: { control: false },
    container: { control: false },
  },
  render: function DialogStory({ sample, ...props }) {
    const t = useStoryText();
    const chosen = sampleById(sample);
    return (
      <div className="sandbox-stack">
        <SampleCaption sample={chosen} />
        <VodErrorDialog {...props} error={chosen.caught} trigger={<button type="button" className="sandbox-button">{t.openDetails}</button>} />
      </div>
    );
  },
} satisfies Meta<DialogStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Alibaba `Forbidden.RAM`: RequestId, HostId, the Recommend diagnosis link and console/ticket links. */
export const AlibabaForbiddenRam: Story = {};

/** Tencent API 3.0 via the Node SDK: RequestId and `X-TC-TraceId`. */
export const TencentApi3SdkError: Story = { args: { sample: 'tencent-sdk-signature-expire' } };

/** Tencent legacy API 2.0 dual code: access code and video-cloud sub-code, and no RequestId. */
export const TencentApi2DualCode: Story = { args: { sample: 'tencent-legacy-dual-code' } };

/** Huawei `VOD.10062` as `ClientRequestException` (RequestId from the `X-Request-Id` header). */
export const HuaweiAssetNotFound: Story = { args: { sample: 'huawei-asset-not-found' } };

/** A timeout: no provider, no RequestId — the report still tells support when and where. */
export const NetworkTimeout: Story = { args: { sample: 'network-axios-timeout' } };

/** A long server message scrolls inside its own box. */
export const LongMessage: Story = { args: { sample: 'aliyun-long-message' } };

/** Info severity: Tencent `DryRunOperation`. */
export const InfoDryRun: Story = { args: { sample: 'tencent-dry-run' } };

/** With `supportContact` on the provider: a "Contact support" link beside "Copy report". */
export const WithSupportContact: Story = {
  render: function WithSupportContact({ sample, ...props }) {
    const { locale, theme } = useSandboxGlobals();
    return (
      <VodErrorProvider lng={locale} theme={theme} resources={vodErrorResources} supportContact="https://support.example.com/tickets/new">
        <VodErrorDialog {...props} error={sampleById(sample).caught} />
      </VodErrorProvider>
    );
  },
};

/** Closed until its trigger is pressed; pick any sample of the toolbar's Provider filter. */
export const PickASample: Story = {
  args: { defaultOpen: false },
  render: function PickASample(props) {
    const t = useStoryText();
    const { provider } = useSandboxGlobals();
    const choices = samplesFor(provider);
    const [picked, setPicked] = useState<string | null>(null);
    const chosen = picked === null ? null : sampleById(picked);
    return (
      <div className="sandbox-stack">
        <p className="sandbox-note">{t.pickSampleHint}</p>
        <div className="sandbox-row">
          {choices.map((candidate) => (
            <button key={candidate.id} type="button" className="sandbox-button" onClick={() => setPicked(candidate.id)} translate="no">
              {candidate.label}
            </button>
          ))}
        </div>
        {chosen !== null && (
          <VodErrorDialog
            error={chosen.caught}
            open
            onOpenChange={(open) => {
              props.onOpenChange?.(open);
              if (!open) setPicked(null);
            }}
          />
        )}
      </div>
    );
  },
};
