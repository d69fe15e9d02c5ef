import type { ReactNode } from 'react';
import { VodErrorAlert } from './vod-error-alert.js';

/** The props react-error-boundary (and most boundaries) pass to a fallback. */
export interface VodFallbackProps {
  readonly error: unknown;
  readonly resetErrorBoundary?: (...args: unknown[]) => void;
}

/**
 * A ready `fallbackRender` for react-error-boundary: the caught error as a `VodErrorAlert`,
 * with Retry wired to the boundary's reset.
 *
 * @example
 * ```tsx
 * <ErrorBoundary fallbackRender={vodErrorFallbackRender}>
 *   <VideoLibrary />
 * </ErrorBoundary>
 * ```
 */
export function vodErrorFallbackRender({ error, resetErrorBoundary }: VodFallbackProps): ReactNode {
  return (
    <VodErrorAlert
      error={error ?? new Error('Unknown error')}
      onRetry={resetErrorBoundary === undefined ? undefined : () => resetErrorBoundary()}
    />
  );
}
