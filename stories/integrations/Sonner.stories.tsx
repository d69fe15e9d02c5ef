import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, type ReactNode } from 'react';
import { Toaster, toast } from 'sonner';
import { sampleById } from '../samples';
import { useSandboxGlobals } from '../support/sandbox-globals';
import { useSonnerVodError } from './sonner';

function SonnerDemo(): ReactNode {
  const { theme } = useSandboxGlobals();
  const [notify, holder] = useSonnerVodError();
  useEffect(() => {
    // One toast on arrival, so the story (and its screenshot) has one to look at.
    notify(sampleById('aliyun-video-not-found').caught);
    return () => void toast.dismiss();
  }, [notify]);
  return (
    <div className="sandbox-stack">
      {holder}
      <Toaster theme={theme === 'page' ? 'system' : theme} position="bottom-right" />
      <div className="sandbox-row">
        <button type="button" className="sandbox-button" onClick={() => notify(sampleById('aliyun-forbidden-ram').caught, { onRetry: () => undefined })}>
          Forbidden.RAM
        </button>
        <button type="button" className="sandbox-button" onClick={() => notify(sampleById('huawei-rate-limit').caught, { onRetry: () => undefined })}>
          VOD.10127 (retryable)
        </button>
      </div>
    </div>
  );
}

const meta = {
  title: 'Integrations/sonner',
  parameters: { docs: { description: { component: 'Recipe from stories/integrations/sonner.tsx: a sonner 2 toast with Copy RequestId and Details.' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `toast.error` with the kit's texts; Copy RequestId and Details as the toast's actions. */
export const Toast: Story = { render: () => <SonnerDemo /> };
