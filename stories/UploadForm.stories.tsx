import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { normalizeVodErrorAsync } from '../src/core/normalize-async';
import { useVodError } from '../src/react/use-vod-error';
import { VodErrorAlert } from '../src/react/vod-error-alert';
import { sampleById } from './samples';
import { useStoryText } from './support/story-text';
import { mockServerState, setMockScenario, startUploadMock, uploadScenarios } from './support/upload-mock';

// ── The app code a reader would copy: fetch, throw what failed, let the kit explain it ──────────

/** How long one part may take before the upload gives up on it. */
const PART_TIMEOUT_MS = 3000;

async function callVodApi<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  // Non-2xx: read the provider's body and headers (X-Request-Id …) into a VodError.
  if (!response.ok) throw await normalizeVodErrorAsync(response);
  if (response.status === 204) return undefined as T;
  const body = (await response.json()) as unknown;
  // Tencent API 3.0 reports errors with HTTP 200 and a `Response.Error` envelope.
  if (typeof body === 'object' && body !== null && 'Response' in body) {
    const envelope = (body as { Response?: { Error?: unknown } }).Response;
    if (envelope?.Error !== undefined) throw body;
  }
  return body as T;
}

async function uploadVideo(file: File, title: string, signal: AbortSignal, onProgress: (sentBytes: number) => void): Promise<{ videoId: string }> {
  const { uploadId, partSize } = await callVodApi<{ uploadId: string; partSize: number }>('/api/vod/upload', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, fileName: file.name, fileSize: file.size }),
    signal,
  });
  const parts = Math.max(1, Math.ceil(file.size / partSize));
  let sent = 0;
  for (let part = 1; part <= parts; part++) {
    const chunk = file.slice((part - 1) * partSize, part * partSize);
    await callVodApi(`/api/vod/upload/${uploadId}/parts/${part}`, {
      method: 'PUT',
      body: chunk,
      signal: AbortSignal.any([signal, AbortSignal.timeout(PART_TIMEOUT_MS)]),
    });
    sent += chunk.size;
    onProgress(sent);
  }
  return callVodApi<{ videoId: string }>(`/api/vod/upload/${uploadId}/commit`, { method: 'POST', signal });
}

function formatBytes(bytes: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

// ── The story ───────────────────────────────────────────────────────────────────────────────

interface UploadFormArgs {
  /** What the mock server answers (see stories/support/upload-mock.ts). */
  readonly scenario: string;
  /** Fail only the first attempt, so Retry succeeds. */
  readonly failOnce: boolean;
}

interface UploadFormLoaded {
  /** Why the mock server could not start, if it could not. */
  readonly mockError?: string;
}

function UploadFormDemo({ scenario: initialScenario, failOnce: initialFailOnce, mockError }: UploadFormArgs & UploadFormLoaded) {
  const t = useStoryText();
  const id = useId();
  const { error, isRunning, retryAt, run, retry, clear } = useVodError();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [sentBytes, setSentBytes] = useState(0);
  const [videoId, setVideoId] = useState<string | null>(null);
  const [scenario, setScenario] = useState(initialScenario);
  const [failOnce, setFailOnce] = useState(initialFailOnce);
  const cancel = useRef<AbortController | null>(null);

  // The mock server is outside React: keep it in step with the panel.
  useEffect(() => setMockScenario(scenario, failOnce), [scenario, failOnce]);

  const start = (chosen: File, chosenTitle: string) => {
    setVideoId(null);
    void run(async (signal) => {
      const own = new AbortController();
      cancel.current = own;
      setSentBytes(0);
      const result = await uploadVideo(chosen, chosenTitle, AbortSignal.any([signal, own.signal]), setSentBytes);
      setVideoId(result.videoId);
      return result;
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file !== null) start(file, title);
  };
  const pickSampleFile = () => {
    setFile(new File([new Uint8Array(6 * 1024 * 1024)], 'evening-news-2025-11-22.mp4', { type: 'video/mp4' }));
    if (title === '') setTitle(t.sampleTitle);
  };

  const percent = file === null || file.size === 0 ? 0 : Math.round((sentBytes / file.size) * 100);
  const waiting = retryAt !== null;
  return (
    <div className="sandbox-columns" style={{ maxInlineSize: 1100 }}>
      <form className="sandbox-panel" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
        <h2 className="sandbox-heading" id={`${id}-heading`}>
          {t.uploadTitle}
        </h2>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-file`}>
            {t.videoFile}
          </label>
          <input
            id={`${id}-file`}
            className="sandbox-input"
            type="file"
            accept="video/*"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            disabled={isRunning}
          />
          <div className="sandbox-row">
            <button type="button" className="sandbox-button" onClick={pickSampleFile} disabled={isRunning}>
              {t.useSampleFile}
            </button>
            {file !== null && (
              <span className="sandbox-note" translate="no">
                {file.name} · {formatBytes(file.size, t.locale)}
              </span>
            )}
          </div>
        </div>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-title`}>
            {t.videoTitle}
          </label>
          <input
            id={`${id}-title`}
            className="sandbox-input"
            required
            maxLength={128}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            disabled={isRunning}
          />
        </div>
        <div className="sandbox-progress">
          <progress id={`${id}-progress`} max={100} value={percent} aria-label={t.uploadProgress} />
          <output htmlFor={`${id}-progress`} className="sandbox-note" aria-live="off">
            {percent}%
          </output>
        </div>
        <div className="sandbox-row">
          <button type="submit" className="sandbox-button" data-primary="" disabled={file === null || isRunning}>
            {isRunning ? t.uploading : t.upload}
          </button>
          {isRunning && (
            <button type="button" className="sandbox-button" onClick={() => cancel.current?.abort()}>
              {t.cancel}
            </button>
          )}
        </div>
        <VodErrorAlert error={error} onRetry={() => void retry()} retrying={isRunning || waiting} onDismiss={clear} />
        {waiting && <p className="sandbox-note">{t.waitingToRetry}</p>}
        {videoId !== null && error === null && !isRunning && (
          <p className="sandbox-success" role="status">
            {t.uploaded(videoId)}
          </p>
        )}
      </form>
      <fieldset className="sandbox-panel">
        <legend className="sandbox-label">{t.mockServer}</legend>
        {mockError !== undefined && (
          <p className="sandbox-note" role="alert">
            {t.mockFailed} <code>{mockError}</code>
          </p>
        )}
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-scenario`}>
            {t.serverAnswers}
          </label>
          <select id={`${id}-scenario`} className="sandbox-input" value={scenario} onChange={(event) => setScenario(event.target.value)}>
            {uploadScenarios.map((option) => (
              <option key={option.id} value={option.id}>
                {t.scenarioLabel(option, option.sample === undefined ? undefined : sampleById(option.sample))}
              </option>
            ))}
          </select>
        </div>
        <label className="sandbox-check">
          <input type="checkbox" checked={failOnce} onChange={(event) => setFailOnce(event.target.checked)} />
          {t.failOnce}
        </label>
        <p className="sandbox-note">{t.mockNote}</p>
      </fieldset>
    </div>
  );
}

const meta = {
  title: 'Scenarios/Upload form',
  component: UploadFormDemo,
  args: { scenario: mockServerState.scenario, failOnce: true },
  argTypes: {
    scenario: { control: 'select', options: uploadScenarios.map((scenario) => scenario.id) },
    mockError: { table: { disable: true } },
  },
  loaders: [
    async (): Promise<UploadFormLoaded> => {
      try {
        await startUploadMock();
        return {};
      } catch (reason) {
        return { mockError: reason instanceof Error ? reason.message : String(reason) };
      }
    },
  ],
  // Changing a control remounts the form with that scenario preselected.
  render: (args, { loaded }) => <UploadFormDemo key={`${args.scenario}:${String(args.failOnce)}`} {...args} {...(loaded as UploadFormLoaded)} />,
} satisfies Meta<UploadFormArgs & UploadFormLoaded>;

export default meta;

/**
 * A realistic upload (file, title, multipart progress) whose `fetch('/api/vod/upload…')` calls are
 * answered by Mock Service Worker: Alibaba 403 `Forbidden.RAM` (a permission error: no Retry, since
 * retrying cannot help), Alibaba 400 `Throttling.User` on part 2 (Retry recovers when only the first
 * attempt fails), Tencent 200 with
 * `FailedOperation.UploadCosFail`, Huawei 429 `VOD.10127`, a 502 gateway page, a dropped
 * connection or a hung part. The form shows `<VodErrorAlert error={error} onRetry={retry} />`
 * fed by `useVodError`.
 */
export const UploadForm: StoryObj<typeof meta> = {};
