import { readKey, readString } from '../read.js';
import type { Transport } from '../synthetic-codes.js';

// Node, undici, axios and browser spellings of the same three failures.
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT', 'ERR_TIMEOUT', 'TIMEOUT',
]);
const ABORT_CODES = new Set(['ABORT_ERR', 'ERR_CANCELED', 'ERR_ABORTED', 'UND_ERR_ABORTED']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE',
  'EPROTO', 'ERR_NETWORK', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT', 'UND_ERR_CLOSED', 'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_PROTOCOL_ERROR', 'ERR_INTERNET_DISCONNECTED', 'ERR_NAME_NOT_RESOLVED', 'ERR_CONNECTION_REFUSED',
]);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeoutError', 'ConnectTimeoutError']);
const ABORT_NAMES = new Set(['AbortError', 'CanceledError', 'Cancel']);

// Browser and library messages for a request that never got a reply. Tested on a short prefix.
const NETWORK_MESSAGE =
  /^(?:Failed to fetch|NetworkError when attempting to fetch|Load failed|fetch failed|Network Error|Network request failed|socket hang up|getaddrinfo|connect E[A-Z]+|read ECONNRESET|request to \S+ failed)/i;
const TIMEOUT_MESSAGE = /(?:timeout of \d+ms exceeded|timed? ?out\b|\btimeout\b|ETIMEDOUT)/i;
const ABORT_MESSAGE = /^(?:The (?:user|operation) (?:aborted|was aborted)|This operation was aborted|canceled$|cancelled$|aborted$)/i;
const OFFLINE_MESSAGE = /ERR_INTERNET_DISCONNECTED|\boffline\b/i;

const CODE_KEYS = ['code', 'errno'] as const;

/** Classifies a transport-level failure from an error's `name`, `code` and `message`. */
export function readTransportFailure(error: unknown): Transport | undefined {
  const name = readString(error, 'name');
  const code = readString(error, CODE_KEYS);
  if (name !== undefined && TIMEOUT_NAMES.has(name)) return 'timeout';
  if (name !== undefined && ABORT_NAMES.has(name)) return abortedBySignalTimeout(error) ? 'timeout' : 'aborted';
  if (name === 'FetchError') {
    // node-fetch (the Tencent SDK's transport) names the failure in `type`; `invalid-json` is a
    // reply that came back, only not as JSON (a gateway page), so it is no transport failure.
    const type = readString(error, 'type');
    if (type === 'invalid-json') return undefined;
    if (type === 'request-timeout' || type === 'body-timeout') return 'timeout';
  }
  if (code !== undefined) {
    if (code === 'ERR_INTERNET_DISCONNECTED') return 'offline';
    if (TIMEOUT_CODES.has(code)) return 'timeout';
    if (ABORT_CODES.has(code)) return 'aborted';
    if (NETWORK_CODES.has(code)) return 'network';
  }
  if (name === 'FetchError' || name === 'RequestError') {
    return classifyTransportMessage(readString(error, 'message') ?? '') ?? 'network';
  }
  const message = readString(error, 'message');
  return message === undefined ? undefined : classifyTransportMessage(message);
}

/** Classifies a bare message (`"Failed to fetch"`, `"timeout of 5000ms exceeded"`). */
export function classifyTransportMessage(message: string): Transport | undefined {
  const head = message.length > 200 ? message.slice(0, 200) : message;
  if (ABORT_MESSAGE.test(head)) return 'aborted';
  if (OFFLINE_MESSAGE.test(head)) return 'offline';
  if (NETWORK_MESSAGE.test(head)) return TIMEOUT_MESSAGE.test(head) ? 'timeout' : 'network';
  if (TIMEOUT_MESSAGE.test(head)) return 'timeout';
  return undefined;
}

/**
 * axios reports an `AbortSignal.timeout()` firing as a plain `CanceledError("canceled")`; the
 * signal it was given still says why.
 */
function abortedBySignalTimeout(error: unknown): boolean {
  const signal = readKey(readKey(error, 'config'), 'signal');
  return readString(readKey(signal, 'reason'), 'name') === 'TimeoutError';
}

// XMLHttpRequest events: the app rejects with the ProgressEvent (`type` + `target`) it got.
const XHR_EVENT_TYPES: Readonly<Record<string, Transport>> = { error: 'network', timeout: 'timeout', abort: 'aborted' };

/** The failure an XMLHttpRequest `error`/`timeout`/`abort` event stands for. */
export function readXhrEventFailure(event: unknown): Transport | undefined {
  const type = readString(event, 'type');
  return type !== undefined && Object.prototype.hasOwnProperty.call(XHR_EVENT_TYPES, type) ? XHR_EVENT_TYPES[type] : undefined;
}

// JSON parsers' complaints about a body that was not JSON: V8's `Unexpected token '<', "<html>…"
// is not valid JSON`, json-bigint's `Unexpected '<'` (pop-core), `Unexpected end of JSON input`.
const NOT_JSON_MESSAGE = /^(?:Unexpected token|Unexpected '|Unexpected end of JSON input|Unexpected non-whitespace|JSON\.parse|invalid json response body)/i;

/**
 * True when the error says a reply arrived but was not the API's JSON: Tea's bare `SyntaxError`
 * and pop-core's json-bigint error on an HTML gateway page, node-fetch's `invalid-json`.
 */
export function readInvalidResponse(error: unknown): boolean {
  const name = readString(error, 'name');
  if (name === 'FetchError') return readString(error, 'type') === 'invalid-json';
  if (name !== 'SyntaxError') return false;
  const message = readString(error, 'message') ?? '';
  return NOT_JSON_MESSAGE.test(message.length > 200 ? message.slice(0, 200) : message);
}
