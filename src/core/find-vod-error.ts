import { keepCause } from './cause.js';
import type { Draft } from './draft.js';
import { isHttpClientError, readStatus } from './formats/http.js';
import { parseTextBody } from './formats/text-body.js';
import type { VodError } from './model.js';
import { asResponse, normalizeVodErrorAsync, readBody } from './normalize-async.js';
import { normalizeVodError, type NormalizeOptions } from './normalize.js';
import { bodyFormats } from './providers/registry.js';
import { isRecord, readKey } from './read.js';
import { isVodErrorLike } from './reread-model.js';

/** How deep wrappers (`response.data.body` …) are followed; real ones nest two or three levels. */
const MAX_DEPTH = 5;

// Where wrappers keep the body they carry: axios `data`, a caller's `body`, ky's `response`,
// an app's own `{ error }` envelope.
const WRAPPER_KEYS = ['data', 'body', 'response', 'error'] as const;

// Codes that mean success: Tencent legacy `code` 0, and `Code` values some Alibaba-style APIs
// send on success (VOD itself sends no `Code` then).
const SUCCESS_CODES = /^(?:OK|Success|0|200)$/i;

/**
 * Finds a provider failure inside a value that may also be a success: a parsed body, the body
 * text, an axios response, a `{ status, headers, body }` wrapper, an SDK result. Returns the
 * normalized error, or `undefined` when the value carries none.
 *
 * Tencent Cloud API 3.0 answers errors with HTTP 200 and `Response.Error`, so `response.ok`
 * alone lets them through as successes; this function does not. It also recognises the legacy
 * Tencent `code !== 0` bodies, Alibaba `{ Code, RequestId }` and Huawei `{ error_code }` bodies,
 * error statuses of a response-like wrapper, models relayed by a backend, and thrown `Error`s.
 * Never throws. For a `fetch` Response, whose body must be read, use {@link findVodErrorAsync}.
 *
 * @example
 * ```ts
 * import { findVodError } from 'vod-error-kit/core';
 *
 * const body = {
 *   Response: {
 *     Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' },
 *     RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
 *   },
 * };
 * findVodError(body)?.code; // 'ResourceNotFound.FileNotExist'
 * findVodError({ Response: { RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6', TotalCount: 0 } }); // undefined
 * ```
 */
export function findVodError(value: unknown, options: NormalizeOptions = {}): VodError | undefined {
  try {
    if (!carriesFailure(value, 0, new Set())) return undefined;
    const error = normalizeVodError(value, options);
    // Replies the catalog knows to be successes in an error's clothes (`DryRunOperation`).
    return error.category === 'success' ? undefined : error;
  } catch {
    // Unreachable by design (every read is guarded); a value that defeats them is no finding.
    return undefined;
  }
}

/**
 * Like {@link findVodError}, and also reads the body of a `fetch` Response, from a clone: the
 * caller can still call `response.json()` afterwards. A Response with an error status is always
 * a failure; a 2xx one is a failure when its body carries one (Tencent API 3.0). Call it before
 * reading the body yourself: a used body cannot be looked at, and counts as no failure.
 * Never rejects.
 *
 * @example
 * ```ts
 * import { findVodErrorAsync } from 'vod-error-kit/core';
 *
 * const response = await fetch('/api/vod/media/5285890781763144364');
 * const error = await findVodErrorAsync(response);
 * if (error) throw error; // includes Tencent failures sent with HTTP 200
 * const media = await response.json();
 * ```
 */
export async function findVodErrorAsync(value: unknown, options: NormalizeOptions = {}): Promise<VodError | undefined> {
  const response = asResponse(value);
  if (response === undefined) {
    // An error that carries a Response (ky's HTTPError) is a failure whatever its body says.
    if (asResponse(readKey(value, 'response')) !== undefined && value instanceof Error) return normalizeVodErrorAsync(value, options);
    return findVodError(value, options);
  }
  if (response.status >= 400 || response.status === 0) return normalizeVodErrorAsync(value, options);
  try {
    const body = await readBody(response);
    const wrapped = { status: response.status, headers: readKey(response, 'headers'), url: readKey(response, 'url'), body };
    const found = findVodError(wrapped, options);
    return found === undefined ? undefined : keepCause({ ...found }, value);
  } catch {
    return undefined;
  }
}

function carriesFailure(value: unknown, depth: number, seen: Set<object>): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') {
    const parsed = parseTextBody(value);
    // The XML reader only accepts `<Error><Code>…` documents.
    if (parsed.kind === 'xml') return true;
    return parsed.kind === 'json' && carriesFailure(parsed.value, depth + 1, seen);
  }
  if (!isRecord(value) || seen.has(value)) return false;
  seen.add(value);
  // A model, or a copy of one relayed by a backend (even a partial one, as normalize reads it).
  if (isVodErrorLike(value)) return readKey(value, 'category') !== 'success';
  if (value instanceof Error) return true;

  // A provider body of any registered format (API errors, storage errors, failed tasks); the
  // legacy Tencent format also reads its success, `code` 0.
  const draft: Draft = { hostHints: [] };
  if (readsAsProviderBody(value, draft)) return !SUCCESS_CODES.test(draft.code ?? '');
  // Tencent API 3.0 success: `Response` without `Error` (or a task that did not fail).
  if (isRecord(readKey(value, 'Response'))) return false;

  if (looksLikeResponse(value)) {
    const status = readStatus(value);
    if (status !== undefined && status >= 400) return true;
  }
  for (const key of WRAPPER_KEYS) {
    const nested = readKey(value, key);
    if (nested !== undefined && nested !== null && carriesFailure(nested, depth + 1, seen)) return true;
  }
  return false;
}

function readsAsProviderBody(value: object, draft: Draft): boolean {
  for (const format of bodyFormats) {
    if (format.sharesShapeWithClientErrors === true && isHttpClientError(value)) continue;
    if (format.readBody?.(value, draft) === true) return true;
  }
  return false;
}

/**
 * A response or a wrapper of one: a status beside headers, a body or `ok`. A bare `status`
 * field alone may be a business field of a success body and is not trusted.
 */
function looksLikeResponse(value: object): boolean {
  return ['headers', 'ok', 'statusText', 'data', 'body'].some((key) => readKey(value, key) !== undefined);
}
