import type { Draft } from './draft.js';
import { isVodErrorFormat, isVodProvider } from './providers/registry.js';
import { readKey, readString, toHttpStatus } from './read.js';
import { INVALID_RESPONSE_CODE, isHttpStatusCode, transportOfCode } from './synthetic-codes.js';
import { isDateTime } from './time.js';

/** True for a value shaped like a model (or a JSON copy of one): the brand and a code. */
export function isVodErrorLike(value: unknown): boolean {
  return isModelCopy(readKey(value, 'kind'), value);
}

/** {@link isVodErrorLike} for a value whose `kind` was already read (the walker reads it once). */
export function isModelCopy(kind: unknown, value: unknown): boolean {
  return kind === 'vod-error' && typeof readKey(value, 'code') === 'string';
}

/**
 * Reads a JSON copy of a model (from a server, storage or another tab) back into a draft.
 * Only the identifying fields are taken: everything derived (category, retry, links but the
 * provider's own recommend link) is derived again, so a tampered copy cannot smuggle in an
 * inconsistent category or an untrusted link.
 */
export function rereadModel(value: unknown, draft: Draft): void {
  const provider = readKey(value, 'provider');
  if (isVodProvider(provider) && provider !== 'unknown') draft.provider = provider;
  const format = readKey(value, 'format');
  if (isVodErrorFormat(format)) draft.format = format;
  const code = readString(value, 'code') ?? '';
  const transport = transportOfCode(code);
  if (transport !== undefined) draft.transport = transport;
  else if (code === INVALID_RESPONSE_CODE) draft.invalidResponse = true;
  else if (!isHttpStatusCode(code)) draft.code = code;
  draft.subCode = readString(value, 'subCode');
  draft.httpStatus = toHttpStatus(readKey(value, 'httpStatus'));
  draft.requestId = readString(value, 'requestId');
  draft.hostId = readString(value, 'hostId');
  draft.traceId = readString(value, 'traceId');
  draft.message = readString(value, 'message');
  const timestamp = readKey(value, 'timestamp');
  if (isDateTime(timestamp)) draft.timestamp = timestamp;
  // A transport failure reported beside a provider code is only remembered by its category.
  const category = readString(value, 'category');
  const isTransportCategory = category === 'network' || category === 'timeout' || category === 'aborted';
  if (draft.transport === undefined && isTransportCategory && !isHttpStatusCode(code)) {
    draft.transport = category;
  }
  if (category === 'unavailable') draft.invalidResponse = true;
  const links = readKey(value, 'links');
  if (Array.isArray(links)) {
    for (const link of links.slice(0, 8)) {
      if (readKey(link, 'kind') === 'recommend') draft.recommend = readString(link, 'url');
    }
  }
}
