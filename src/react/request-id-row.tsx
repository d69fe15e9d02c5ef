import { useRef, type ReactNode } from 'react';
import { CopyButton } from './copy-button.js';
import { CopyIcon } from './icons.js';
import { RequestIdCode } from './request-id-code.js';
import type { VodErrorTexts } from './use-vod-error-text.js';

export interface RequestIdRowProps {
  readonly requestId: string;
  /** The kit's UI texts in the surface's language. */
  readonly ui: VodErrorTexts['ui'];
  /** Shows the "RequestId" label before the value. Off where a label already names it (the dialog's field list). */
  readonly showLabel?: boolean;
}

/**
 * The RequestId as support needs it, the same on every surface: the value as code (never
 * translated by the browser, selectable) and a Copy button that falls back to selecting it.
 * Swiping a toast never starts on this row (see use-toast-swipe.ts), so the text stays selectable.
 *
 * @example
 * ```tsx
 * {error.requestId !== undefined && <RequestIdRow requestId={error.requestId} ui={ui} />}
 * ```
 */
export function RequestIdRow({ requestId, ui, showLabel = true }: RequestIdRowProps): ReactNode {
  const valueRef = useRef<HTMLElement>(null);
  return (
    <div data-vod-part="request-id-row">
      {showLabel && (
        <>
          <span data-vod-part="request-id-label">{ui('field>requestId')}</span>{' '}
        </>
      )}
      <RequestIdCode ref={valueRef} requestId={requestId} />
      <CopyButton
        part="copy-request-id"
        text={requestId}
        label={ui('copy')}
        copiedLabel={ui('copied')}
        failedLabel={ui('copyFailed')}
        ariaLabel={ui('copyRequestId', { requestId })}
        selectTarget={valueRef}
        icon={<CopyIcon />}
      />
    </div>
  );
}
