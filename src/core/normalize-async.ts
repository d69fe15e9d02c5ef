import { keepCause } from './cause.js';
import type { VodError } from './model.js';
import { normalizeVodError, type NormalizeOptions } from './normalize.js';
import { isRecord, readKey } from './read.js';

/** Longest body read from a Response; error bodies are small, a runaway one is cut. */
const MAX_BODY_CHARACTERS = 256 * 1024;
/** How long to wait for a body before normalizing without it. */
const BODY_TIMEOUT_MS = 5000;

/** What the kit reads of a `fetch` Response (or a look-alike). */
export interface ResponseLike {
  readonly status: number;
  readonly headers: unknown;
  readonly url?: string;
  readonly bodyUsed?: boolean;
  clone(): { text(): Promise<string> };
}

/** The value as a Response-like (numeric `status` and a `clone()`), or `undefined`. */
export function asResponse(value: unknown): ResponseLike | undefined {
  if (!isRecord(value)) return undefined;
  return typeof readKey(value, 'clone') === 'function' && typeof readKey(value, 'status') === 'number'
    ? (value as unknown as ResponseLike)
    : undefined;
}

// Every runtime the core targets has TextDecoder; the ES lib the core is checked against does not.
declare const TextDecoder: new () => { decode(bytes?: unknown, options?: { stream?: boolean }): string };

interface BodyReader {
  read(): Promise<{ done?: boolean; value?: unknown }>;
  cancel(): Promise<void>;
}

/** The body text of a clone of `response` (bounded, time-limited); the original stays unread. */
export async function readBody(response: ResponseLike): Promise<string | undefined> {
  if (readKey(response, 'bodyUsed') === true) return undefined;
  let timer: unknown;
  let reader: BodyReader | undefined;
  try {
    // Read a clone so the caller can still read the original.
    const clone = response.clone();
    reader = streamReader(clone);
    const text = await Promise.race([
      reader === undefined ? clone.text() : readPrefix(reader),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), BODY_TIMEOUT_MS);
      }),
    ]);
    return typeof text === 'string' ? text.slice(0, MAX_BODY_CHARACTERS) : undefined;
  } catch {
    return undefined;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    // Stop reading the clone: past the prefix (or a stalled body) its half of the tee would
    // otherwise keep a copy of everything the caller reads from the original.
    if (reader !== undefined) cancelQuietly(reader);
  }
}

function cancelQuietly(reader: BodyReader): void {
  try {
    reader.cancel().catch(() => undefined);
  } catch {
    // a reader whose cancel throws, or returns no promise
  }
}

/** A reader on the clone's body stream, when there is one and text can be decoded here. */
function streamReader(clone: unknown): BodyReader | undefined {
  if (typeof TextDecoder !== 'function') return undefined;
  const body = readKey(clone, 'body');
  const getReader = readKey(body, 'getReader');
  if (typeof getReader !== 'function') return undefined;
  try {
    const reader: unknown = getReader.call(body);
    return typeof readKey(reader, 'read') === 'function' && typeof readKey(reader, 'cancel') === 'function'
      ? (reader as BodyReader)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes the body up to {@link MAX_BODY_CHARACTERS}: a runaway body costs no more than that. */
async function readPrefix(reader: BodyReader): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done === true || value === undefined) break;
    text += decoder.decode(value, { stream: true });
    if (text.length >= MAX_BODY_CHARACTERS) return text;
  }
  return text + decoder.decode();
}

/**
 * Like {@link normalizeVodError}, and also reads the body of a `fetch` Response (or of an
 * error that carries one in `response`, as ky's `HTTPError` does) without consuming it for
 * the caller. Never rejects.
 *
 * @example
 * ```ts
 * const response = await fetch('/api/vod/videos/123');
 * if (!response.ok) throw await normalizeVodErrorAsync(response);
 * ```
 */
export async function normalizeVodErrorAsync(input: unknown, options: NormalizeOptions = {}): Promise<VodError> {
  try {
    const response = asResponse(input) ?? asResponse(readKey(input, 'response'));
    if (response !== undefined) {
      const body = await readBody(response);
      const wrapped = {
        status: response.status,
        headers: readKey(response, 'headers'),
        url: readKey(response, 'url'),
        body,
        cause: response === input ? undefined : input,
      };
      const error = normalizeVodError(wrapped, options);
      return keepCause({ ...error }, input);
    }
  } catch {
    // fall through to the synchronous path
  }
  return normalizeVodError(input, options);
}
