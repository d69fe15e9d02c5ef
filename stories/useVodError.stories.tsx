import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { useVodError } from '../src/react/use-vod-error';
import { VodErrorAlert } from '../src/react/vod-error-alert';
import { sampleById, samples } from './samples';
import { useStoryText } from './support/story-text';

interface UseVodErrorDemoArgs {
  /** The sample each failing attempt rejects with. */
  readonly sample: string;
  /** Attempts that fail before one succeeds (0: the first succeeds). */
  readonly failures: number;
  /** `useVodError({ autoRetry })`: automatic retries of retryable errors. */
  readonly autoRetry: number;
  /** Simulated request time in milliseconds. */
  readonly latencyMs: number;
}

/** A stand-in for an SDK call: waits, then rejects with the sample or resolves. Honours `signal`. */
function fakeRequest(caught: unknown, fail: boolean, latencyMs: number, signal: AbortSignal): Promise<{ readonly title: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (fail ? reject(caught) : resolve({ title: 'Evening news 2025-11-22' })), latencyMs);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The user aborted a request.', 'AbortError'));
    });
  });
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function UseVodErrorDemo({ sample, failures, autoRetry, latencyMs }: UseVodErrorDemoArgs) {
  const t = useStoryText();
  const { error, isRunning, retryAt, failureCount, run, retry, clear } = useVodError({ autoRetry });
  const attempts = useRef(0);
  const [video, setVideo] = useState<{ readonly title: string } | null>(null);
  const now = useNow(retryAt !== null);

  const load = () => {
    attempts.current = 0;
    void run(async (signal) => {
      attempts.current += 1;
      const result = await fakeRequest(sampleById(sample).caught, attempts.current <= failures, latencyMs, signal);
      setVideo(result);
      return result;
    });
  };

  // Load once when the story opens (and again when its controls change).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => load(), [sample, failures, autoRetry, latencyMs]);

  const secondsLeft = retryAt === null ? null : Math.max(0, Math.ceil((retryAt - now) / 1000));
  return (
    <div className="sandbox-stack">
      <div className="sandbox-row">
        <button type="button" className="sandbox-button" data-primary="" onClick={load} disabled={isRunning}>
          {t.loadVideo}
        </button>
        <button type="button" className="sandbox-button" onClick={clear}>
          {t.clear}
        </button>
      </div>
      <dl className="sandbox-stats">
        <div>
          <dt>isRunning</dt>
          <dd>{String(isRunning)}</dd>
        </div>
        <div>
          <dt>failureCount</dt>
          <dd>{failureCount}</dd>
        </div>
        <div>
          <dt>retryAt</dt>
          <dd>{secondsLeft === null ? 'null' : t.retryIn(secondsLeft)}</dd>
        </div>
        <div>
          <dt>error?.code</dt>
          <dd translate="no">{error?.code ?? 'null'}</dd>
        </div>
      </dl>
      <VodErrorAlert error={error} onRetry={() => void retry()} retrying={isRunning} onDismiss={clear} />
      {video !== null && error === null && !isRunning && <p className="sandbox-success">{t.videoLoaded(video.title)}</p>}
      {isRunning && <p className="sandbox-note">{t.loading}</p>}
    </div>
  );
}

const meta = {
  title: 'Hooks/useVodError',
  component: UseVodErrorDemo,
  args: { sample: 'tencent-file-not-exist', failures: 1, autoRetry: 0, latencyMs: 300 },
  argTypes: {
    sample: { control: 'select', options: samples.map((candidate) => candidate.id) },
    failures: { control: { type: 'number', min: 0, max: 10 } },
    autoRetry: { control: { type: 'number', min: 0, max: 5 } },
  },
} satisfies Meta<typeof UseVodErrorDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `const { error, run, retry, clear } = useVodError()` around a request that fails once with
 * Tencent `ResourceNotFound.FileNotExist`; Retry re-runs the same task and succeeds.
 */
export const RunAndRetry: Story = {};

/**
 * `useVodError({ autoRetry: 3 })` with Huawei `VOD.10127` (429, Retry-After 2 s): two failures,
 * each retried after the wait the server asked for, then success.
 */
export const AutoRetryRateLimit: Story = { args: { sample: 'huawei-rate-limit', failures: 2, autoRetry: 3 } };

/** A network failure (`TypeError: Failed to fetch`) that keeps failing: Retry stays available. */
export const NetworkFailure: Story = { args: { sample: 'network-failed-to-fetch', failures: 99 } };

/** `capture(caught)` from an ordinary `catch`: parsing a Tencent API 2.0 reply by hand. */
export const CaptureFromCatch: Story = {
  render: function CaptureFromCatch() {
    const t = useStoryText();
    const { error, capture, clear } = useVodError();
    const parse = () => {
      try {
        const body = JSON.parse('{"code":4100,"message":"鉴权失败，请参考文档中鉴权部分。","codeDesc":"AuthFailure"}') as { code: number };
        if (body.code !== 0) throw body;
      } catch (caught) {
        capture(caught);
      }
    };
    return (
      <div className="sandbox-stack">
        <div className="sandbox-row">
          <button type="button" className="sandbox-button" data-primary="" onClick={parse}>
            {t.parseLegacyReply}
          </button>
        </div>
        <VodErrorAlert error={error} onDismiss={clear} />
      </div>
    );
  },
};
