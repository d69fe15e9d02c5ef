import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useId, useMemo, useState } from 'react';
import { normalizeVodError } from '../src/core/normalize';
import type { VodProvider } from '../src/core/model';
import { formatVodError } from '../src/i18n/format-vod-error';
import { dismissVodToast, toastVodError } from '../src/react/toast-store';
import { VodErrorAlert } from '../src/react/vod-error-alert';
import { VodErrorDialog } from '../src/react/vod-error-dialog';
import { VodErrorToaster } from '../src/react/vod-error-toaster';
import { samplesFor } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { useStoryText } from './support/story-text';

const PLAYGROUND_TOAST_ID = 'playground';

/**
 * What the textarea holds, as the app would have it: JSON (a body, an SDK error serialized
 * with its fields, a `VodError`), a bare status code, or any other text (XML, HTML, a message).
 */
function readPastedValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^\d{3}$/.test(trimmed)) return Number(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

interface PlaygroundArgs {
  /** Preset loaded when the story opens. */
  readonly initialSample: string;
}

function PlaygroundDemo({ initialSample }: PlaygroundArgs) {
  const t = useStoryText();
  const { locale, provider: providerFilter } = useSandboxGlobals();
  const presets = samplesFor(providerFilter);
  const [text, setText] = useState(() => presets.find((preset) => preset.id === initialSample)?.pasted ?? presets[0]?.pasted ?? '');
  const [providerHint, setProviderHint] = useState<VodProvider>('unknown');
  const [status, setStatus] = useState('');
  const [requestIdHeader, setRequestIdHeader] = useState('');
  const [dialogOpen, setDialogOpen] = useState(false);
  const inputId = useId();

  const error = useMemo(() => {
    const statusNumber = Number(status);
    return normalizeVodError(readPastedValue(text), {
      provider: providerHint === 'unknown' ? undefined : providerHint,
      httpStatus: status !== '' && Number.isInteger(statusNumber) ? statusNumber : undefined,
      headers: requestIdHeader.trim() === '' ? undefined : { 'X-Request-Id': requestIdHeader.trim() },
    });
  }, [text, providerHint, status, requestIdHeader]);
  const texts = useMemo(() => formatVodError(error, { lng: locale }), [error, locale]);
  // The model without `cause` (the raw input, already shown on the left).
  const modelJson = useMemo(() => {
    const { cause: _cause, ...model } = error;
    return JSON.stringify(model, null, 2);
  }, [error]);

  // The toast follows the textarea live: one toast, updated in place by id.
  useEffect(() => {
    toastVodError(error, { id: PLAYGROUND_TOAST_ID, duration: Infinity, coalesce: false });
  }, [error]);
  useEffect(() => () => dismissVodToast(), []);

  return (
    <div className="sandbox-columns" style={{ maxInlineSize: 1200 }}>
      <div className="sandbox-stack">
        <h2 className="sandbox-heading">{t.playgroundTitle}</h2>
        <p className="sandbox-note">{t.playgroundIntro}</p>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${inputId}-preset`}>
            {t.preset}
          </label>
          <select
            id={`${inputId}-preset`}
            className="sandbox-input"
            value=""
            onChange={(event) => {
              const preset = presets.find((candidate) => candidate.id === event.target.value);
              if (preset !== undefined) setText(preset.pasted);
            }}
          >
            <option value="">{t.choosePreset}</option>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.api} · {preset.label}
              </option>
            ))}
          </select>
        </div>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${inputId}-raw`}>
            {t.rawInput}
          </label>
          <textarea
            id={`${inputId}-raw`}
            className="sandbox-input"
            rows={14}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="sandbox-columns" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 8 }}>
          <div className="sandbox-field">
            <label className="sandbox-label" htmlFor={`${inputId}-provider`}>
              {t.providerHint}
            </label>
            <select id={`${inputId}-provider`} className="sandbox-input" value={providerHint} onChange={(event) => setProviderHint(event.target.value as VodProvider)}>
              <option value="unknown">{t.detect}</option>
              <option value="aliyun">aliyun</option>
              <option value="tencent">tencent</option>
              <option value="huawei">huawei</option>
            </select>
          </div>
          <div className="sandbox-field">
            <label className="sandbox-label" htmlFor={`${inputId}-status`}>
              {t.httpStatus}
            </label>
            <input
              id={`${inputId}-status`}
              className="sandbox-input"
              inputMode="numeric"
              placeholder="403"
              value={status}
              onChange={(event) => setStatus(event.target.value.replace(/\D/g, '').slice(0, 3))}
            />
          </div>
          <div className="sandbox-field">
            <label className="sandbox-label" htmlFor={`${inputId}-request-id`}>
              X-Request-Id
            </label>
            <input
              id={`${inputId}-request-id`}
              className="sandbox-input"
              spellCheck={false}
              value={requestIdHeader}
              onChange={(event) => setRequestIdHeader(event.target.value)}
            />
          </div>
        </div>
      </div>
      <div className="sandbox-stack">
        <section className="sandbox-stack" aria-labelledby={`${inputId}-alert`}>
          <h3 className="sandbox-subheading" id={`${inputId}-alert`}>
            VodErrorAlert
          </h3>
          <VodErrorAlert error={error} onRetry={() => undefined} />
        </section>
        <section className="sandbox-stack" aria-labelledby={`${inputId}-surfaces`}>
          <h3 className="sandbox-subheading" id={`${inputId}-surfaces`}>
            VodErrorDialog · VodErrorToaster
          </h3>
          <div className="sandbox-row">
            <button type="button" className="sandbox-button" onClick={() => setDialogOpen(true)} aria-haspopup="dialog">
              {t.openDialog}
            </button>
            <button type="button" className="sandbox-button" onClick={() => toastVodError(error, { id: PLAYGROUND_TOAST_ID, duration: Infinity, coalesce: false })}>
              {t.showToast}
            </button>
          </div>
          <VodErrorDialog error={error} open={dialogOpen} onOpenChange={setDialogOpen} />
        </section>
        <section className="sandbox-stack" aria-labelledby={`${inputId}-texts`}>
          <h3 className="sandbox-subheading" id={`${inputId}-texts`}>
            formatVodError(…, {`{ lng: '${locale}' }`})
          </h3>
          <pre className="sandbox-pre" tabIndex={0}>
            {JSON.stringify(texts, null, 2)}
          </pre>
        </section>
        <section className="sandbox-stack" aria-labelledby={`${inputId}-model`}>
          <h3 className="sandbox-subheading" id={`${inputId}-model`}>
            normalizeVodError(…)
          </h3>
          <pre className="sandbox-pre" tabIndex={0} data-testid="normalized-model">
            {modelJson}
          </pre>
        </section>
      </div>
      <VodErrorToaster position="bottom-left" />
    </div>
  );
}

const meta = {
  title: 'Scenarios/Playground',
  component: PlaygroundDemo,
  args: { initialSample: 'tencent-upload-cos-fail' },
  argTypes: { initialSample: { control: false } },
} satisfies Meta<typeof PlaygroundDemo>;

export default meta;

/**
 * Paste any raw body (JSON, XML, an HTML gateway page), a JSON-serialized SDK error, a
 * `VodError`, or a bare status code: the normalized model, its texts in the toolbar's language,
 * and all three surfaces update as you type.
 */
export const Playground: StoryObj<typeof meta> = {};
