import { categoryDefaults } from './categories.js';
import {
  catalogsFor,
  classifyByKeywords,
  classifyFromTable,
  classifyFromTables,
  classifyStatus,
  fromEntry,
  providerOwningCode,
  statusClassifiesCode,
  tencentVideoCloudCatalog,
  type Classification,
} from './catalog/index.js';
import { fill, type Draft } from './draft.js';
import { readAliyunBody } from './formats/aliyun.js';
import { readUploadFailure } from './adapters/upload-failure.js';
import { isXhrLike, readResponseHeaders, readStatus, readStatusFromMessage } from './formats/http.js';
import { HUAWEI_CODE, readHuaweiBody } from './formats/huawei.js';
import { readInvalidResponse, readTransportFailure, readXhrEventFailure, transportCodes } from './formats/network.js';
import { readSdkProvider } from './formats/sdk.js';
import { readStorageBody, resolveStorage, STORAGE_PROVIDER, storageSubCode } from './formats/object-storage.js';
import { readTaskFailure } from './formats/task-failure.js';
import { readTencentV2Body } from './formats/tencent-v2.js';
import { readTencentV3Body } from './formats/tencent-v3.js';
import { parseTextBody, readHtmlPage, readPlainMessage } from './formats/text-body.js';
import { buildLinks, type VodSite } from './links.js';
import { detectProviderFromText } from './provider-hosts.js';
import type { VodError, VodErrorCategory, VodErrorFormat, VodErrorParams, VodProvider } from './model.js';
import { isRecord, readKey, readString, toHttpStatus } from './read.js';
import { cleanIdentifier, cleanText } from './text.js';

/** Options for {@link normalizeVodError}. */
export interface NormalizeOptions {
  /** The provider to assume when the value itself does not tell (e.g. a bare status). */
  readonly provider?: VodProvider;
  /** The HTTP status, when the caller has it apart from the value. */
  readonly httpStatus?: number;
  /** Response headers, when the caller has them apart from the value (for `X-Request-Id`). */
  readonly headers?: unknown;
  /** The request URL, for provider detection by endpoint host. */
  readonly url?: string;
  /** Which provider site links point to. Defaults to `'china'`. */
  readonly site?: VodSite;
  /** Clock, for tests and server rendering. Defaults to `Date.now`. */
  readonly now?: () => number;
}

/** How deep the normalizer follows `response`, `data`, `cause` … before giving up. */
const MAX_DEPTH = 6;
/** How many distinct objects one input may make the normalizer look at; real errors use under 20. */
const MAX_INSPECTED_OBJECTS = 100;

// Where wrappers keep the value they wrap, most specific first.
const NESTED_KEYS = ['response', 'data', 'body', 'error', 'entry', 'cause', 'originalError', 'err'] as const;

/**
 * Turns anything caught from a cloud VOD API — a response body (object or string, JSON, XML or
 * an HTML gateway page), an SDK exception, an axios/fetch/XHR failure, a JSON copy of any of
 * these, or a bare status — into one {@link VodError}. Never throws, never returns `undefined`.
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 *
 * const error = normalizeVodError({
 *   Response: {
 *     Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'file not exist' },
 *     RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
 *   },
 * });
 * error.provider; // 'tencent'
 * error.category; // 'not-found'
 * error.retryable; // false
 * ```
 */
export function normalizeVodError(input: unknown, options: NormalizeOptions = {}): VodError {
  // A model this function made is returned as is: components and hooks can pass errors around
  // without re-normalizing, and `onError` sees one object per error.
  if (typeof input === 'object' && input !== null && produced.has(input)) return input as VodError;
  let now: number;
  try {
    now = options.now ? options.now() : Date.now();
  } catch {
    now = Date.now();
  }
  // A clock answering NaN or a time no Date can hold would make the model's time unprintable.
  if (!isDateTime(now)) now = Date.now();
  const draft: Draft = { hostHints: [] };
  try {
    if (isVodErrorLike(input)) readNormalized(input, draft);
    else inspect(input, draft, 0, new Set(), now);
    if (options.headers !== undefined) readResponseHeaders(options.headers, draft, now);
    fill(draft, 'httpStatus', toHttpStatus(options.httpStatus));
    if (typeof options.url === 'string') draft.hostHints.push(options.url);
  } catch {
    // Unreachable by design (every read is guarded); kept so a bug degrades to "unknown".
  }
  const error = finish(draft, input, options, now);
  produced.add(error);
  return error;
}

const produced = new WeakSet<object>();

/**
 * Registers a model derived from one this module made (same fields, another `cause`) so that
 * it is returned as is too. Internal: `normalizeVodErrorAsync` uses it, the package does not export it.
 */
export function adoptNormalized(error: VodError): VodError {
  produced.add(error);
  return error;
}

/** True for a value that already is (or is a JSON copy of) a {@link VodError}. */
export function isVodError(value: unknown): value is VodError {
  return isVodErrorLike(value) && typeof readKey(value, 'category') === 'string';
}

function isVodErrorLike(value: unknown): boolean {
  return readKey(value, 'kind') === 'vod-error' && typeof readKey(value, 'code') === 'string';
}

function readNormalized(value: unknown, draft: Draft): void {
  // Re-derive everything from the identifying fields, so a tampered JSON copy cannot smuggle
  // in an inconsistent category or an untrusted link.
  const provider = readString(value, ['provider']);
  if (provider === 'aliyun' || provider === 'tencent' || provider === 'huawei') draft.provider = provider;
  const format = readString(value, ['format']);
  if (format !== undefined && FORMATS.has(format)) draft.format = format as VodErrorFormat;
  const code = readString(value, ['code']) ?? '';
  const transport = TRANSPORT_BY_CODE.get(code);
  if (transport !== undefined) draft.transport = transport;
  else if (code === 'InvalidResponse') draft.invalidResponse = true;
  else if (!/^HTTP\.\d{3}$/.test(code)) draft.code = code;
  draft.subCode = readString(value, ['subCode']);
  draft.httpStatus = toHttpStatus(readKey(value, 'httpStatus'));
  draft.requestId = readString(value, ['requestId']);
  draft.hostId = readString(value, ['hostId']);
  draft.traceId = readString(value, ['traceId']);
  draft.message = readString(value, ['message']);
  const timestamp = readKey(value, 'timestamp');
  if (isDateTime(timestamp)) draft.timestamp = timestamp;
  // A transport failure reported beside a provider code is only remembered by its category.
  const category = readString(value, ['category']);
  const isTransportCategory = category === 'network' || category === 'timeout' || category === 'aborted';
  if (draft.transport === undefined && isTransportCategory && !/^HTTP\.\d{3}$/.test(code)) {
    draft.transport = category;
  }
  if (category === 'unavailable') draft.invalidResponse = true;
  const links = readKey(value, 'links');
  if (Array.isArray(links)) {
    for (const link of links.slice(0, 8)) {
      if (readKey(link, 'kind') === 'recommend') draft.recommend = readString(link, ['url']);
    }
  }
}

/** `Date` holds times within ±8.64e15 ms; past that `toISOString` throws. */
function isDateTime(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) <= 8.64e15;
}

const FORMATS = new Set<string>([
  'aliyun-rpc', 'tencent-v3', 'tencent-v2', 'huawei', 'aliyun-oss', 'tencent-cos', 'huawei-obs', 'tencent-task', 'aliyun-task', 'huawei-task',
  'http', 'network', 'unknown',
]);
const TRANSPORT_BY_CODE = new Map<string, NonNullable<Draft['transport']>>(
  Object.entries(transportCodes).map(([transport, code]) => [code, transport as NonNullable<Draft['transport']>]),
);

function inspect(value: unknown, draft: Draft, depth: number, seen: Set<object>, now: number): void {
  // The object budget stops values that answer every key with a fresh object (Proxies, lazy
  // getters): the depth bound alone would still visit 8^6 of them.
  if (depth > MAX_DEPTH || seen.size >= MAX_INSPECTED_OBJECTS) return;
  if (typeof value === 'string') {
    inspectString(value, draft, depth, seen, now);
    return;
  }
  if (typeof value === 'number') {
    fill(draft, 'httpStatus', toHttpStatus(value));
    return;
  }
  if (!isRecord(value) || seen.has(value)) return;
  seen.add(value);
  readUploadFailure(value, draft);

  // 1. The value is itself a provider body: the most reliable facts there are.
  const isBody =
    readTaskFailure(value, draft) ||
    readStorageBody(value, draft) ||
    readTencentV3Body(value, draft) ||
    readHuaweiBody(value, draft) ||
    readAliyunBody(value, draft) ||
    (!isHttpClientError(value) && readTencentV2Body(value, draft));

  // 2. Status and headers of a response object (fetch Response, axios response, caller wrapper).
  fill(draft, 'httpStatus', readStatus(value));
  const headers = readKey(value, 'headers');
  if (headers !== undefined) readResponseHeaders(headers, draft, now);
  const isXhr = isXhrLike(value);
  if (isXhr) readResponseHeaders(value, draft, now);
  // A provider body that told who, what and which request: nothing further down can say more.
  if (isBody && draft.provider !== undefined && draft.code !== undefined && (draft.requestId !== undefined || draft.format === 'tencent-v2')) {
    return;
  }

  // 3. What the value wraps: axios `response.data`, pop-core `data`, a caller's `body`, `cause`.
  if (!isBody) {
    for (const key of NESTED_KEYS) {
      const nested = readKey(value, key);
      if (nested !== undefined && nested !== null && nested !== value) inspect(nested, draft, depth + 1, seen, now);
    }
    const text = readBodyText(value, isXhr);
    if (text !== undefined) inspectString(text, draft, depth + 1, seen, now);
    // An XMLHttpRequest `error`/`timeout`/`abort` event: the event names the failure, the
    // request it targets holds status, headers and body.
    const target = readKey(value, 'target');
    if (isXhrLike(target)) {
      fill(draft, 'transport', readXhrEventFailure(value));
      inspect(target, draft, depth + 1, seen, now);
    }
  }

  // 4. SDK exception fields (camelCase), which only fill what the body did not say.
  readSdkFields(value, draft);

  // 5. Transport failures and endpoint hints.
  fill(draft, 'transport', readTransportFailure(value));
  if (readInvalidResponse(value)) draft.invalidResponse = true;
  // An XMLHttpRequest that ended with status 0 got no reply at all (network, CORS, offline).
  if (isXhr && readKey(value, 'status') === 0) fill(draft, 'transport', 'network');
  // `hostname`: Node's DNS errors ("getaddrinfo ENOTFOUND …") name the endpoint there.
  for (const key of ['url', 'baseURL', 'responseURL', 'endpoint', 'hostname']) {
    const hint = readKey(value, key);
    if (typeof hint === 'string') draft.hostHints.push(hint);
  }
  const config = readKey(value, 'config');
  if (isRecord(config)) {
    const url = readString(config, ['url']);
    const base = readString(config, ['baseURL']);
    if (url !== undefined) draft.hostHints.push(url);
    if (base !== undefined) draft.hostHints.push(base);
  }
  const message = readKey(value, 'message');
  if (typeof message === 'string') {
    readPlainMessage(message, draft);
    // axios' "Request failed with status code 403" is all a JSON copy of an axios 0.x error
    // (vod-js-sdk-v6's) keeps of the status.
    fill(draft, 'httpStatus', readStatusFromMessage(message));
  }
}

/**
 * A body kept as text beside the usual wrappers: an XMLHttpRequest's `responseText` (unless
 * `response` already held the same string), pop-core's json-bigint `SyntaxError.text` (the
 * XML or HTML reply it could not parse as JSON).
 */
function readBodyText(value: object, isXhr: boolean): string | undefined {
  if (isXhr) {
    const text = readKey(value, 'responseText');
    return typeof text === 'string' && text !== '' && text !== readKey(value, 'response') ? text : undefined;
  }
  if (readKey(value, 'name') !== 'SyntaxError') return undefined;
  const text = readKey(value, 'text');
  return typeof text === 'string' ? text : undefined;
}

/**
 * axios errors (and vod-js-sdk-v6's, which overwrites axios' `code` with `500`) carry a client
 * code, not a provider code: the provider's answer is in `response`.
 */
function isHttpClientError(value: object): boolean {
  return readKey(value, 'isAxiosError') === true || isRecord(readKey(value, 'config')) || isRecord(readKey(value, 'request'));
}

function readSdkFields(value: object, draft: Draft): void {
  readSdkProvider(value, draft);
  // Huawei SDK: ClientRequestException / ServerResponseException, and for transport failures
  // the base ServiceResponseException with only `errorMsg` ("connect ECONNREFUSED …"), which
  // a JSON copy keeps while it drops `message`.
  const errorCode = readString(value, ['errorCode']);
  const errorMsg = readString(value, ['errorMsg']);
  if (errorCode !== undefined) {
    fill(draft, 'code', errorCode);
    fill(draft, 'message', errorMsg);
  } else if (errorMsg !== undefined) {
    readPlainMessage(errorMsg, draft);
  }
  fill(draft, 'requestId', readString(value, ['requestId', 'request_id', 'RequestId']));
  fill(draft, 'traceId', readString(value, ['traceId']));
  fill(draft, 'hostId', readString(value, ['hostId']));
  // Tencent SDK, pop-core and Tea put the provider code in `code`; Node and axios put a
  // transport code there, which readTransportFailure handles.
  const code = readKey(value, 'code');
  if (typeof code === 'string' && !isHttpClientError(value) && !/^(?:E[A-Z0-9_]{2,}|ERR_|UND_ERR|ABORT_ERR)/.test(code)) {
    fill(draft, 'code', code);
  }
  // vod-js-sdk-v6 business errors: a numeric video-cloud code (`10008`), whose message a JSON
  // copy drops. Small numbers are left alone: they are DOMException/MediaError codes or the
  // `500` the SDK writes over axios' code.
  if (typeof code === 'number' && Number.isInteger(code) && code >= 1000 && code <= 999_999 && !isHttpClientError(value)) {
    fill(draft, 'code', String(code));
  }
}

function inspectString(text: string, draft: Draft, depth: number, seen: Set<object>, now: number): void {
  const parsed = parseTextBody(text);
  if (parsed.kind === 'json') {
    inspect(parsed.value, draft, depth + 1, seen, now);
    return;
  }
  if (parsed.kind === 'xml') {
    if (!readStorageBody(parsed.value, draft)) readAliyunBody(parsed.value, draft);
    xmlBodies.add(draft);
    return;
  }
  if (readHtmlPage(text, draft)) return;
  const trimmed = text.trim();
  if (/^[1-5]\d\d$/.test(trimmed)) {
    fill(draft, 'httpStatus', Number(trimmed));
    return;
  }
  if (trimmed !== '') readPlainMessage(text, draft);
}

// Drafts that read an `<Error><Code>…` XML body. The XML form is Alibaba's, but the object
// storage behind every upload (OSS, COS, OBS) answers in the same shape, so it only decides
// the provider when no host named one.
const xmlBodies = new WeakSet<Draft>();

function resolveProvider(draft: Draft, options: NormalizeOptions): VodProvider {
  if (draft.provider !== undefined) return draft.provider;
  if (options.provider !== undefined && options.provider !== 'unknown') return options.provider;
  for (const hint of draft.hostHints) {
    const provider = detectProviderFromText(hint);
    if (provider !== undefined) return provider;
  }
  if (xmlBodies.has(draft)) return 'aliyun';
  if (draft.code !== undefined) {
    if (HUAWEI_CODE.test(draft.code)) return 'huawei';
    const owner = providerOwningCode(draft.code);
    if (owner !== undefined) return owner;
  }
  return 'unknown';
}

function resolveFormat(draft: Draft, provider: VodProvider): VodErrorFormat {
  if (draft.format !== undefined) return draft.format;
  if (draft.code !== undefined) {
    if (provider === 'aliyun') return 'aliyun-rpc';
    if (provider === 'huawei') return 'huawei';
    if (provider === 'tencent') return /^\d+$/.test(draft.code) ? 'tencent-v2' : 'tencent-v3';
    return 'unknown';
  }
  if (draft.transport !== undefined) return 'network';
  if (draft.httpStatus !== undefined) return 'http';
  return 'unknown';
}

function classify(draft: Draft, provider: VodProvider, format: VodErrorFormat): Classification {
  const code = draft.code;
  if (code !== undefined) {
    const tables = catalogsFor(provider, format);
    // A reply with a more precise inner code (a legacy dual code, a storage message's reason) is
    // explained by that code.
    if (draft.subCode !== undefined) {
      const subTables = format === 'tencent-v2' || provider === 'tencent' && !isStorage(format) ? [tencentVideoCloudCatalog] : tables;
      const sub = classifyFromTables(subTables, draft.subCode);
      if (sub) return { ...sub, catalogCode: classifyFromTables(tables, code)?.catalogCode };
    }
    const exact = classifyFromTables(tables, code, draft.httpStatus);
    if (exact) return exact;
    // Live-code (`ret`) replies and some upload-SDK errors carry a video-cloud code in `code`.
    if (format === 'tencent-v2') {
      const video = classifyFromTable(tencentVideoCloudCatalog, code);
      if (video) return video;
    }
    if (code === '0') return { category: 'success', override: undefined, catalogCode: undefined };
    const byWords = classifyByKeywords(code);
    if (byWords) return fromEntry(byWords);
  }
  if (draft.transport !== undefined) {
    const category: VodErrorCategory = draft.transport === 'offline' ? 'network' : draft.transport;
    return { category, override: undefined, catalogCode: undefined };
  }
  // Tencent API 3.0 answers errors with HTTP 200: its status says nothing about the error.
  if (draft.httpStatus !== undefined && !(format === 'tencent-v3' && code !== undefined) && statusClassifiesCode(code, draft.httpStatus)) {
    const byStatus = classifyStatus(draft.httpStatus);
    // A status is not a provider code: no catalogCode, so texts come from the status table.
    if (byStatus) return { ...byStatus, catalogCode: undefined };
  }
  if (draft.invalidResponse) return { category: 'unavailable', override: undefined, catalogCode: undefined };
  return { category: 'unknown', override: undefined, catalogCode: undefined };
}

function isStorage(format: VodErrorFormat): boolean {
  return format === 'aliyun-oss' || format === 'tencent-cos' || format === 'huawei-obs';
}

function has(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

// A parameter name quoted in a server message: Alibaba's `The input parameter "VideoId" …`.
const QUOTED_PARAMETER = /["“'`]([A-Za-z][A-Za-z0-9_.[\]]{0,63})["”'`]/;
// A parameter name carried in a code: Tencent's `InvalidParameterValue.FileId`.
const PARAMETER_CODE = /^(?:InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter)\.([A-Za-z][A-Za-z0-9_]{0,63})$/;

function readParams(draft: Draft, message: string, category: VodErrorCategory): VodErrorParams {
  // Task failures name the task and the video; nothing else in their reply is a parameter.
  if (draft.taskId !== undefined || draft.videoId !== undefined) {
    const taskId = cleanIdentifier(draft.taskId);
    const videoId = cleanIdentifier(draft.videoId);
    return { ...(taskId === undefined ? {} : { taskId }), ...(videoId === undefined ? {} : { videoId }) };
  }
  const code = draft.code;
  const fromCode = code === undefined ? null : PARAMETER_CODE.exec(code);
  if (fromCode?.[1] !== undefined) return { parameter: fromCode[1] };
  if (category !== 'invalid-request') return {};
  const fromMessage = message.length > 0 ? QUOTED_PARAMETER.exec(message.slice(0, 300)) : null;
  return fromMessage?.[1] !== undefined ? { parameter: fromMessage[1] } : {};
}

function syntheticCode(draft: Draft): string {
  if (draft.transport !== undefined) return transportCodes[draft.transport];
  if (draft.httpStatus !== undefined) return `HTTP.${draft.httpStatus}`;
  if (draft.invalidResponse) return 'InvalidResponse';
  return 'Unknown';
}

function finish(draft: Draft, input: unknown, options: NormalizeOptions, now: number): VodError {
  // Classify the code that is shown: a raw `…token=…` must not pick a category its redacted
  // form no longer supports (a JSON copy would then be classified differently).
  draft.code = cleanIdentifier(draft.code);
  const storage = resolveStorage(draft, (format, code) => catalogsFor(STORAGE_PROVIDER[format], format).some((table) => has(table, code)));
  if (storage !== undefined) {
    draft.provider = STORAGE_PROVIDER[storage];
    draft.format = storage;
    if (draft.code !== undefined && draft.message !== undefined) draft.subCode ??= storageSubCode(draft.code, draft.message);
  }
  const provider = resolveProvider(draft, options);
  const format = resolveFormat(draft, provider);
  const { category, override, catalogCode } = classify(draft, provider, format);
  const defaults = categoryDefaults[category];
  const retryable = override?.retryable ?? defaults.retryable;
  const code = draft.code ?? syntheticCode(draft);
  const message = draft.message === undefined ? '' : cleanText(draft.message);
  const requestId = cleanIdentifier(draft.requestId);
  const retryAfterMs = retryable ? (draft.retryAfterMs ?? override?.retryAfterMs ?? defaults.retryAfterMs) : undefined;
  const error: VodError = {
    kind: 'vod-error',
    provider,
    format,
    code,
    subCode: cleanIdentifier(draft.subCode),
    catalogCode,
    httpStatus: draft.httpStatus,
    requestId,
    hostId: cleanIdentifier(draft.hostId),
    traceId: cleanIdentifier(draft.traceId),
    message,
    params: readParams(draft, message, category),
    category,
    severity: override?.severity ?? defaults.severity,
    fault: override?.fault ?? defaults.fault,
    retryable,
    retryAfterMs,
    links: buildLinks({
      provider,
      code: draft.code === undefined ? undefined : code,
      requestId,
      format,
      recommend: draft.recommend,
      site: options.site ?? 'china',
    }),
    timestamp: draft.timestamp ?? now,
    cause: isVodErrorLike(input) ? readKey(input, 'cause') : input,
  };
  return error;
}
