import type { NormalizeOptions } from '../core/normalize.js';
import { vodErrorReply } from './vod-error-reply.js';

/**
 * A Web `Response` for a failed provider call, for fetch-style handlers: Next.js route
 * handlers, Hono, Cloudflare and Deno workers, Bun. Same status, headers and body as
 * {@link vodErrorReply}. Never throws.
 *
 * @example
 * ```ts
 * // app/api/videos/[id]/route.ts
 * import { vodErrorResponse } from 'vod-error-kit/server';
 *
 * export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
 *   try {
 *     return Response.json(await vod.DescribeMediaInfos({ FileIds: [(await params).id] }));
 *   } catch (err) {
 *     return vodErrorResponse(err);
 *   }
 * }
 * ```
 */
export function vodErrorResponse(caught: unknown, options?: NormalizeOptions): Response {
  const reply = vodErrorReply(caught, options);
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers });
}
