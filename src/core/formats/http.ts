import { fill, type Draft } from '../draft';
import { isRecord, readKey, toHttpStatus } from '../read';

/** Longest Retry-After the kit will suggest: past this, a person should decide. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;

/**
 * Reads one header from a `Headers` object, axios' `AxiosHeaders`, a Node `IncomingHttpHeaders`
 * or a plain object with any letter case. Never throws.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined;
  const get = readKey(headers, 'get');
  if (typeof get === 'function') {
    try {
      const value: unknown = get.call(headers, name);
      if (typeof value === 'string' && value !== '') return value;
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    } catch {
      // fall through to property access
    }
  }
  const direct = readKey(headers, name) ?? readKey(headers, name.toLowerCase());
  if (typeof direct === 'string') return direct;
  if (Array.isArray(direct) && typeof direct[0] === 'string') return direct[0];
  try {
    let seen = 0;
    const wanted = name.toLowerCase();
    for (const key in headers) {
      if (++seen > 200) break;
      if (key.toLowerCase() === wanted) {
        const value = readKey(headers, key);
        if (typeof value === 'string') return value;
      }
    }
  } catch {
    // a Proxy whose ownKeys trap throws
  }
  return undefined;
}

/** Parses `Retry-After` (seconds or an HTTP date) into a bounded wait. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d{1,7}$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = trimmed.length <= 64 ? Date.parse(trimmed) : NaN;
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** Fills RequestId, trace IDs and Retry-After from response headers of any provider. */
export function readResponseHeaders(headers: unknown, draft: Draft, now: number): void {
  if (!isRecord(headers)) return;
  fill(draft, 'requestId', readHeader(headers, 'x-request-id'));
  fill(draft, 'requestId', readHeader(headers, 'x-acs-request-id'));
  fill(draft, 'requestId', readHeader(headers, 'x-tc-requestid'));
  fill(draft, 'traceId', readHeader(headers, 'x-tc-traceid'));
  fill(draft, 'traceId', readHeader(headers, 'x-acs-trace-id'));
  fill(draft, 'retryAfterMs', parseRetryAfter(readHeader(headers, 'retry-after'), now));
}

/** The first valid HTTP status among a value's usual status fields. */
export function readStatus(value: unknown): number | undefined {
  for (const key of ['status', 'statusCode', 'httpStatusCode', 'httpCode', 'httpStatus']) {
    const status = toHttpStatus(readKey(value, key));
    if (status !== undefined) return status;
  }
  return undefined;
}
