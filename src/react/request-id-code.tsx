import { forwardRef, type ReactNode } from 'react';

/** Characters kept at the end when a narrow row shortens a RequestId in the middle. */
const TAIL_CHARACTERS = 6;

/**
 * A RequestId as code. The element's text is always the whole id (what is read aloud,
 * selected, copied and found by tests); the stylesheet draws it as a head that ellipsizes and
 * a tail that never does, from the `data-vod-head`/`data-vod-tail` attributes, so a narrow row
 * shows `7A3E9C1B-…-C4D2E1` and keeps its Copy button on the same line. The title shows the
 * whole id on hover.
 *
 * @example
 * ```tsx
 * <RequestIdCode requestId={error.requestId} />
 * ```
 */
export const RequestIdCode = forwardRef<HTMLElement, { readonly requestId: string }>(function RequestIdCode({ requestId }, ref): ReactNode {
  const split = requestId.length > 2 * TAIL_CHARACTERS;
  return (
    <code
      ref={ref}
      data-vod-part="request-id"
      translate="no"
      title={requestId}
      data-vod-head={split ? requestId.slice(0, -TAIL_CHARACTERS) : undefined}
      data-vod-tail={split ? requestId.slice(-TAIL_CHARACTERS) : undefined}
    >
      {requestId}
    </code>
  );
});
