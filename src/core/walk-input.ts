import { readUploadFailure, UPLOAD_FAILURE_KIND } from './adapters/upload-failure.js';
import { present, type Draft } from './draft.js';
import { CLIENT_ERROR_KEYS, isHttpClientError, isXhrLike, readResponseHeaders, readStatus, readStatusFromMessage, RESPONSE_KEYS, STATUS_KEYS } from './formats/http.js';
import { readInvalidResponse, readTransportFailure, readXhrEventFailure } from './formats/network.js';
import { readSdkFields } from './formats/sdk-fields.js';
import { parseTextBody, readHtmlPage, readPlainMessage } from './formats/text-body.js';
import type { VodErrorFormat } from './model.js';
import { bodyFormats, bodyFormatsByKey, bodyFormatsWithoutKeys, formatDefinition, withoutExcludedFormats, xmlFormats } from './providers/registry.js';
import type { VodFormatDefinition } from './providers/types.js';
import { isRecord, readKey, readString, toHttpStatus } from './read.js';
import { isModelCopy, rereadModel } from './reread-model.js';

/** How deep the walk follows `response`, `data`, `cause` … before giving up. */
const MAX_DEPTH = 6;
/** How many distinct objects one input may make the walk look at; real errors use under 20. */
const MAX_INSPECTED_OBJECTS = 100;

// Where wrappers keep the value they wrap, most specific first.
const NESTED_KEYS = ['response', 'data', 'body', 'error', 'entry', 'cause', 'originalError', 'err'] as const;
// Where values name the endpoint. `hostname`: Node's DNS errors ("getaddrinfo ENOTFOUND …").
const HOST_KEYS = ['url', 'baseURL', 'responseURL', 'endpoint', 'hostname'] as const;

/** One walk over a caught value: its draft, the objects seen, and the clock for `Retry-After`. */
interface Walk {
  readonly draft: Draft;
  /**
   * Objects visited; an array, since a walk rarely sees more than a handful. Made on the second
   * object: a bare body is the whole walk, and its array would be most of the walk's garbage.
   */
  seen: object[] | undefined;
  /** The first object visited. */
  first: object | undefined;
  readonly now: number;
}

/**
 * Walks a caught value (a body, an SDK exception, a client error wrapping a response, a
 * string holding any of these) and fills the draft with what it finds, the most reliable
 * layer first. Never throws on hostile values: every read is guarded.
 */
export function walkInput(value: unknown, draft: Draft, now: number): boolean {
  return inspect(value, { draft, seen: undefined, first: undefined, now }, 0);
}

/** Reads one value into the draft; `true` when it was a model (or a JSON copy of one), re-read. */
function inspect(value: unknown, walk: Walk, depth: number): boolean {
  // The object budget stops values that answer every key with a fresh object (Proxies, lazy
  // getters): the depth bound alone would still visit 8^6 of them.
  if (depth > MAX_DEPTH || (walk.seen?.length ?? 0) >= MAX_INSPECTED_OBJECTS) return false;
  if (typeof value === 'string') {
    inspectString(value, walk, depth);
    return false;
  }
  const { draft } = walk;
  if (typeof value === 'number') {
    draft.httpStatus ??= present(toHttpStatus(value));
    return false;
  }
  if (!isRecord(value) || !firstVisit(walk, value)) return false;
  // A model relayed by a backend (`vod-error-kit/server`) as a response body: re-read as if
  // given directly, so the page gets the backend's code, status and RequestId.
  const keys = ownKeysAskedFor(value);
  const kind = (keys & HAS_KIND) === 0 ? undefined : readKey(value, 'kind');
  if (isModelCopy(kind, value)) {
    rereadModel(value, draft);
    return true;
  }
  if (kind === UPLOAD_FAILURE_KIND) readUploadFailure(value, draft);

  // 1. The value is itself a provider body: the most reliable facts there are.
  const isBody = readProviderBody(value, draft, keys);

  // 2. Status and headers of a response object (fetch Response, axios response, caller wrapper).
  let isXhr = false;
  if ((keys & HAS_RESPONSE_KEYS) !== 0) {
    draft.httpStatus ??= present(readStatus(value));
    const headers = readKey(value, 'headers');
    if (headers !== undefined) readResponseHeaders(headers, draft, walk.now);
    isXhr = isXhrLike(value);
    if (isXhr) readResponseHeaders(value, draft, walk.now);
  }
  // A provider body that told who, what and which request: nothing further down can say more.
  if (isBody && draft.provider !== undefined && draft.code !== undefined && (draft.requestId !== undefined || carriesNoRequestId(draft.format))) {
    return false;
  }

  // 3. What the value wraps: axios `response.data`, pop-core `data`, a caller's `body`, `cause`.
  if (!isBody) {
    for (const key of NESTED_KEYS) {
      const nested = readKey(value, key);
      if (nested !== undefined && nested !== null && nested !== value) inspect(nested, walk, depth + 1);
    }
    const text = readBodyText(value, isXhr);
    if (text !== undefined) inspectString(text, walk, depth + 1);
    // An XMLHttpRequest `error`/`timeout`/`abort` event: the event names the failure, the
    // request it targets holds status, headers and body.
    const target = readKey(value, 'target');
    if (isXhrLike(target)) {
      draft.transport ??= present(readXhrEventFailure(value));
      inspect(target, walk, depth + 1);
    }
  }

  // 4. SDK exception fields, which only fill what the body did not say.
  readSdkFields(value, draft);

  // 5. Transport failures and endpoint hints.
  draft.transport ??= present(readTransportFailure(value));
  if (readInvalidResponse(value)) draft.invalidResponse = true;
  // An XMLHttpRequest that ended with status 0 got no reply at all (network, CORS, offline).
  if (isXhr && readKey(value, 'status') === 0) draft.transport ??= 'network';
  for (const key of HOST_KEYS) {
    const hint = readKey(value, key);
    if (typeof hint === 'string') draft.hostHints.push(hint);
  }
  const config = readKey(value, 'config');
  if (isRecord(config)) {
    const url = readString(config, 'url');
    const base = readString(config, 'baseURL');
    if (url !== undefined) draft.hostHints.push(url);
    if (base !== undefined) draft.hostHints.push(base);
  }
  const message = readKey(value, 'message');
  if (typeof message === 'string') {
    readPlainMessage(message, draft);
    // axios' "Request failed with status code 403" is all a JSON copy of an axios 0.x error
    // (vod-js-sdk-v6's) keeps of the status.
    draft.httpStatus ??= present(readStatusFromMessage(message));
  }
  return false;
}

/** Records a visit; `false` when the walk has seen `value` before (a cycle, a shared object). */
function firstVisit(walk: Walk, value: object): boolean {
  if (walk.first === undefined) {
    walk.first = value;
    return true;
  }
  if (value === walk.first || walk.seen?.includes(value) === true) return false;
  // The first object counts towards the budget too: `seen` holds it again.
  (walk.seen ??= [walk.first]).push(value);
  return true;
}

function carriesNoRequestId(format: VodErrorFormat | undefined): boolean {
  return format !== undefined && formatDefinition(format)?.carriesNoRequestId === true;
}

/** Tries the registry's body formats in order; `true` when one recognised the value. */
function readProviderBody(value: object, draft: Draft, keys: number): boolean {
  let clientError: boolean | undefined;
  for (let index = 0; index < bodyFormats.length; index++) {
    if ((keys & (1 << index)) === 0) continue;
    const format = bodyFormats[index] as VodFormatDefinition;
    if (keys === UNKNOWN_KEYS && format.bodyKeys !== undefined && !hasAnyKey(value, format.bodyKeys)) continue;
    if (format.sharesShapeWithClientErrors === true && (clientError ??= (keys & HAS_CLIENT_ERROR_KEYS) !== 0 && isHttpClientError(value))) continue;
    if (format.readBody?.(value, draft) === true) return true;
  }
  return false;
}

// Which of the keys the walk asks about an object has, as bits: one per body format (its
// `bodyKeys`, from the registry), and one per group of the walker's own keys. A plain object
// (a parsed body, a literal) answers from its own key names: a few map look-ups instead of a
// guarded read per key of every format and every wrapper field (issue 12), so only the keys it
// has are read. Anything else, whose keys may be inherited getters (errors, class instances) or
// invented (Proxies without own keys), has them all: UNKNOWN_KEYS, every key read as before.
const UNKNOWN_KEYS = -1;
const HAS_KIND = 1 << 30;
const HAS_RESPONSE_KEYS = 1 << 29;
const HAS_CLIENT_ERROR_KEYS = 1 << 28;

const keyBits: ReadonlyMap<string, number> = (() => {
  const bits = new Map(bodyFormatsByKey);
  const add = (keys: readonly string[], bit: number) => {
    for (const key of keys) bits.set(key, (bits.get(key) ?? 0) | bit);
  };
  add(['kind'], HAS_KIND);
  add([...STATUS_KEYS, ...RESPONSE_KEYS], HAS_RESPONSE_KEYS);
  add(CLIENT_ERROR_KEYS, HAS_CLIENT_ERROR_KEYS);
  return bits;
})();

// The last plain object's key names, and the mask after each of them. Parsed bodies of one shape
// list the same names in the same order, and property names are interned strings: comparing a
// name with the one remembered at its place is one pointer comparison, where the map look-up it
// replaces hashes (issue 12). A name that differs ends the reuse; the rest is looked up and
// remembered in its place.
const lastNames: string[] = [];
const lastMasks: number[] = [];
// A Proxy's traps run during `for…in` and may normalize another value: that inner walk must not
// rewrite the remembered names under the outer one.
let readingNames = false;

function ownKeysAskedFor(value: object): number {
  let keys = bodyFormatsWithoutKeys;
  let count = 0;
  const remember = !readingNames;
  let reusing = remember;
  readingNames = true;
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return UNKNOWN_KEYS;
    // `for…in`, not `Object.getOwnPropertyNames`: no array of names per object (issue 12). A plain
    // object's keys are its own enumerable ones (parsed JSON, literals); one whose key is hidden
    // from `for…in` merely has that key's reader skipped.
    for (const name in value) {
      if (count === MAX_NAMES_LOOKED_UP) return UNKNOWN_KEYS;
      if (reusing && lastNames[count] === name) {
        keys = lastMasks[count] as number;
      } else {
        keys |= keyBits.get(name) ?? 0;
        if (remember) {
          reusing = false;
          lastNames[count] = name;
          lastMasks[count] = keys;
        }
      }
      count++;
    }
  } catch {
    return UNKNOWN_KEYS;
  } finally {
    if (remember) readingNames = false;
  }
  if (count === 0) return UNKNOWN_KEYS;
  if (remember && !reusing) lastNames.length = lastMasks.length = count;
  return withoutExcludedFormats(keys);
}

/** A body with more keys than this is probed key by key (a few reads, not thousands of look-ups). */
const MAX_NAMES_LOOKED_UP = 64;

// One property read per key decides for most formats that the body is not theirs, before their
// reader digs deeper (issue 12: formats tried last paid for every reader before them).
function hasAnyKey(value: object, keys: readonly string[]): boolean {
  for (const key of keys) if (readKey(value, key) !== undefined) return true;
  return false;
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

function inspectString(text: string, walk: Walk, depth: number): void {
  const { draft } = walk;
  const parsed = parseTextBody(text);
  if (parsed.kind === 'json') {
    inspect(parsed.value, walk, depth + 1);
    return;
  }
  if (parsed.kind === 'xml') {
    for (const format of xmlFormats) {
      if (format.readXml?.(text, draft) === true) {
        draft.xmlFormat ??= format.id as VodErrorFormat;
        return;
      }
    }
  }
  if (readHtmlPage(text, draft)) return;
  const trimmed = text.trim();
  if (/^[1-5]\d\d$/.test(trimmed)) {
    draft.httpStatus ??= present(Number(trimmed));
    return;
  }
  if (trimmed !== '') readPlainMessage(text, draft);
}
