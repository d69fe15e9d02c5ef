import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { MAX_KEPT_TOASTS, dismissVodToast, toastVodError, vodToastStore } from '../src/react/toast-store';
import { VodErrorToaster, type VodToasterPosition } from '../src/react/vod-error-toaster';
import { samplesFor, type VodErrorSample } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { useStoryText } from './support/story-text';

type StormMode = 'mixed' | 'same' | 'unique';

interface ToastStormArgs {
  readonly visibleToasts: number;
  readonly position: VodToasterPosition;
  /** How many errors to fire when the story opens (0: none). */
  readonly fireOnMount: number;
}

const BURSTS = [10, 100, 1000] as const;

/** What has been fired so far: outside React, like the toast store it feeds. */
interface BurstLog {
  readonly fired: number;
  readonly last: { readonly count: number; readonly ms: number } | null;
}
let burstLog: BurstLog = { fired: 0, last: null };
const burstListeners = new Set<() => void>();
const subscribeToBursts = (listener: () => void) => {
  burstListeners.add(listener);
  return () => burstListeners.delete(listener);
};
const readBurstLog = () => burstLog;

/** Calls `toastVodError` `count` times in one synchronous loop, as a failing batch would. */
function fireBurst(count: number, mode: StormMode, pool: readonly VodErrorSample[]): void {
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const sample = mode === 'same' ? pool[0] : pool[index % pool.length];
    if (sample !== undefined) toastVodError(sample.caught, mode === 'unique' ? { coalesce: false } : undefined);
  }
  burstLog = { fired: burstLog.fired + count, last: { count, ms: performance.now() - started } };
  for (const listener of burstListeners) listener();
}

function resetStorm(): void {
  dismissVodToast();
  burstLog = { fired: 0, last: null };
  for (const listener of burstListeners) listener();
}

function ToastStormDemo({ visibleToasts, position, fireOnMount }: ToastStormArgs) {
  const t = useStoryText();
  const { provider } = useSandboxGlobals();
  const pool = samplesFor(provider);
  const [mode, setMode] = useState<StormMode>('mixed');
  const { fired, last: lastBurst } = useSyncExternalStore(subscribeToBursts, readBurstLog, readBurstLog);
  const toasts = useSyncExternalStore(vodToastStore.subscribe, vodToastStore.getSnapshot, vodToastStore.getSnapshot);
  const fire = (count: number, how: StormMode) => fireBurst(count, how, pool);

  useEffect(() => {
    resetStorm();
    if (fireOnMount > 0) fireBurst(fireOnMount, 'mixed', pool);
    return resetStorm;
    // Once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const occurrences = toasts.reduce((sum, toast) => sum + toast.count, 0);
  const visible = Math.min(toasts.length, visibleToasts);
  const modes: readonly StormMode[] = ['mixed', 'same', 'unique'];
  return (
    <div className="sandbox-stack" style={{ padding: 16 }}>
      <h2 className="sandbox-heading">{t.stormTitle}</h2>
      <p className="sandbox-note">{t.stormIntro(pool.length, MAX_KEPT_TOASTS)}</p>
      <fieldset className="sandbox-panel">
        <legend className="sandbox-label">{t.stormMode}</legend>
        {modes.map((option) => (
          <label key={option} className="sandbox-check">
            <input type="radio" name="storm-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
            {t.stormModes[option]}
          </label>
        ))}
      </fieldset>
      <div className="sandbox-row">
        {BURSTS.map((count) => (
          <button key={count} type="button" className="sandbox-button" data-primary="" onClick={() => fire(count, mode)}>
            {t.fireErrors(count)}
          </button>
        ))}
        <button type="button" className="sandbox-button" onClick={() => dismissVodToast()}>
          {t.dismissAll}
        </button>
      </div>
      <dl className="sandbox-stats" aria-live="polite">
        <div>
          <dt>{t.statFired}</dt>
          <dd>{fired}</dd>
        </div>
        <div>
          <dt>{t.statOccurrences}</dt>
          <dd>{occurrences}</dd>
        </div>
        <div>
          <dt>{t.statKept}</dt>
          <dd>{toasts.length}</dd>
        </div>
        <div>
          <dt>{t.statVisible}</dt>
          <dd>{visible}</dd>
        </div>
        <div>
          <dt>{t.statQueued}</dt>
          <dd>{toasts.length - visible}</dd>
        </div>
        <div>
          <dt>{t.statBurstTime}</dt>
          <dd>{lastBurst === null ? '–' : `${lastBurst.ms.toFixed(1)} ms`}</dd>
        </div>
      </dl>
      <VodErrorToaster visibleToasts={visibleToasts} position={position} />
    </div>
  );
}

const meta = {
  title: 'Scenarios/Toast storm',
  component: ToastStormDemo,
  args: { visibleToasts: 3, position: 'bottom-right', fireOnMount: 100 },
  argTypes: {
    position: { control: 'select', options: ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'] },
    visibleToasts: { control: { type: 'range', min: 1, max: 8 } },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ToastStormDemo>;

export default meta;

/**
 * 10, 100 or 1000 `toastVodError` calls in one tick, with mixed codes from the toolbar's
 * Provider filter. Identical errors coalesce into one toast with a count; at most
 * `visibleToasts` show, the rest queue, and the store never keeps more than 50.
 */
export const ToastStorm: StoryObj<typeof meta> = {};
