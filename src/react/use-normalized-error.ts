import { useEffect, useMemo } from 'react';
import type { VodError } from '../core/model.js';
import { normalizeVodError } from '../core/normalize.js';
import { useVodErrorConfig } from './context.js';
import { reportVodErrorOnce } from './report-error.js';

/**
 * Normalizes a caught value once per identity (a `VodError` the kit made is passed through)
 * and reports it to `onError`. `null`/`undefined` mean "no error".
 */
export function useNormalizedVodError(input: unknown): VodError | null {
  const { site, onError } = useVodErrorConfig();
  const error = useMemo(() => (input === null || input === undefined ? null : normalizeVodError(input, { site })), [input, site]);
  useEffect(() => {
    if (error) reportVodErrorOnce(error, onError);
  }, [error, onError]);
  return error;
}
