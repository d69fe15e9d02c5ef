import type { VodError } from './model';
import { normalizeVodError, type NormalizeOptions } from './normalize';
import { isRecord, readKey } from './read';

/** Longest body read from a Response; error bodies are small, a runaway one is cut. */
const MAX_BODY_CHARACTERS = 256 * 1024;
/** How long to wait for a body before normalizing without it. */
const BODY_TIMEOUT_MS = 5000;

interface ResponseLike {
  readonly status: number;
  readonly headers: unknown;
  readonly url?: string;
  readonly bodyUsed?: boolean;
  clone(): { text(): Promise<string> };
}

function asResponse(value: unknown): ResponseLike | undefined {
  if (!isRecord(value)) return undefined;
  return typeof readKey(value, 'clone') === 'function' && typeof readKey(value, 'status') === 'number'
    ? (value as unknown as ResponseLike)
    : undefined;
}

async function readBody(response: ResponseLike): Promise<string | undefined> {
  if (readKey(response, 'bodyUsed') === true) return undefined;
  let timer: unknown;
  try {
    // Read a clone so the caller can still read the original.
    const text = await Promise.race([
      response.clone().text(),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), BODY_TIMEOUT_MS);
      }),
    ]);
    return typeof text === 'string' ? text.slice(0, MAX_BODY_CHARACTERS) : undefined;
  } catch {
    return undefined;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
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
      return { ...error, cause: input };
    }
  } catch {
    // fall through to the synchronous path
  }
  return normalizeVodError(input, options);
}
