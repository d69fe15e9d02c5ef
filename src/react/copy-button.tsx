import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { copyText, type CopyOutcome } from './clipboard.js';
import { visuallyHidden } from './visually-hidden.js';

// Layout effect: the manual-copy field is selected in the same commit that shows the hint, so
// no one (user or test) reads "the text is selected" before it is. Plain effect on the server.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** How long "Copied" stays before the button returns to its label. */
const FEEDBACK_MS = 2000;

export interface CopyButtonProps {
  /** Text to copy, or a function that builds it at click time (e.g. a report with the page URL). */
  readonly text: string | (() => string);
  readonly label: string;
  readonly copiedLabel: string;
  readonly failedLabel: string;
  readonly ariaLabel?: string;
  /** What to select for the user when the clipboard is refused. */
  readonly selectTarget?: RefObject<Element | null>;
  readonly part: string;
  readonly icon?: ReactNode;
}

/** A copy button with its own polite live region, so "Copied" is announced, not just shown. */
export function CopyButton(props: CopyButtonProps): ReactNode {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  // Text that could be neither copied nor selected on the page (a report built at click time):
  // shown in a selected read-only field, so the "text is selected, press Ctrl+C" hint holds.
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const manualCopyRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useIsomorphicLayoutEffect(() => {
    manualCopyRef.current?.focus({ preventScroll: true });
    manualCopyRef.current?.select();
  }, [manualCopy]);
  const onClick = async () => {
    let text: string;
    try {
      text = typeof props.text === 'function' ? props.text() : props.text;
    } catch {
      setOutcome('failed');
      return;
    }
    const result = await copyText(text, props.selectTarget?.current);
    setOutcome(result);
    setManualCopy(result === 'failed' ? text : null);
    clearTimeout(timer.current);
    // A selection is left for the user to copy: keep the hint until they act.
    if (result === 'copied') timer.current = setTimeout(() => setOutcome(null), FEEDBACK_MS);
  };
  const status = outcome === 'copied' ? props.copiedLabel : outcome === null ? '' : props.failedLabel;
  return (
    <>
      <button
        type="button"
        data-vod-copy=""
        data-vod-part={props.part}
        data-state={outcome ?? 'idle'}
        aria-label={props.ariaLabel}
        onClick={() => void onClick()}
      >
        {props.icon}
        <span>{outcome === 'copied' ? props.copiedLabel : props.label}</span>
      </button>
      {/* "Copied" is only announced; the Ctrl+C hint is also shown: in an in-app browser without
          a clipboard the user has to act on it. */}
      <span
        role="status"
        aria-live="polite"
        data-vod-copy-status=""
        style={outcome === 'selected' || outcome === 'failed' ? undefined : visuallyHidden}
        data-state={outcome ?? 'idle'}
      >
        {status}
      </span>
      {manualCopy !== null && (
        <textarea ref={manualCopyRef} data-vod-part={`${props.part}-manual`} readOnly value={manualCopy} rows={6} aria-label={props.label} />
      )}
    </>
  );
}
