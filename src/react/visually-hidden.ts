import type { CSSProperties } from 'react';

/**
 * Hidden from sight, read by screen readers. Inline, so that it holds without the kit's
 * stylesheet (the `unstyled` path) and cannot be undone by host CSS resets.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
