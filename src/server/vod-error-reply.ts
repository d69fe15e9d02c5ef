import { normalizeVodError, type NormalizeOptions } from '../core/normalize.js';
import { vodErrorBody, type VodErrorBody } from './relay-body.js';
import { vodErrorHeaders } from './relay-headers.js';
import { vodErrorStatus } from './relay-status.js';

/** Everything a route handler sends for a failed provider call. */
export interface VodErrorReply {
  /** The provider's real status, or one that fits the failure; never 2xx. */
  readonly status: number;
  /** `Content-Type`, `Cache-Control: no-store`, `X-Request-Id` and `Retry-After` where they apply. */
  readonly headers: Readonly<Record<string, string>>;
  /** The normalized error as plain JSON data, free of the raw caught value. */
  readonly body: VodErrorBody;
}

/**
 * Turns anything caught in a route handler (an SDK exception, a provider body, a transport
 * failure, a model) into the status, headers and JSON body to send to the page. Framework-free:
 * hand the three parts to Express, Koa, Fastify or anything else. Never throws.
 *
 * @example
 * ```ts
 * import { vodErrorReply } from 'vod-error-kit/server';
 *
 * app.get('/api/videos/:id', async (req, res) => {
 *   try {
 *     res.json(await vod.DescribeMediaInfos({ FileIds: [req.params.id] }));
 *   } catch (err) {
 *     const reply = vodErrorReply(err);
 *     res.status(reply.status).set(reply.headers).json(reply.body);
 *   }
 * });
 * ```
 */
export function vodErrorReply(caught: unknown, options?: NormalizeOptions): VodErrorReply {
  const error = normalizeVodError(caught, options);
  return { status: vodErrorStatus(error), headers: vodErrorHeaders(error), body: vodErrorBody(error) };
}
