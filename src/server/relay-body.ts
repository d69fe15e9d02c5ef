import type { VodError } from '../core/model.js';

/** The model as JSON data: what the page receives. Same fields, as a plain object. */
export type VodErrorBody = Omit<VodError, 'cause'>;

/**
 * The JSON body for a relayed error: a plain copy of the model. The raw caught value is not on
 * the model (see `vodErrorCause`), so no signed URL, header or token can be in it; the page
 * turns it back into the same model with `normalizeVodError(body)` or, from the Response,
 * `findVodErrorAsync(response)`.
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 * import { vodErrorBody } from 'vod-error-kit/server';
 *
 * const body = vodErrorBody(normalizeVodError({ error_code: 'VOD.10062', error_msg: 'Not found' }));
 * body.code; // 'VOD.10062'
 * ```
 */
export function vodErrorBody(error: VodError): VodErrorBody {
  // Through JSON and back: exactly what a framework's `res.json()` would send, links and params
  // copied rather than shared.
  return JSON.parse(JSON.stringify(error)) as VodErrorBody;
}
