import { vodErrorCategories } from './categories.js';
import type { VodError } from './model.js';
import { isVodErrorFormat, isVodProvider } from './providers/registry.js';
import { isRecord, readKey } from './read.js';
import { isDateTime } from './time.js';

const CATEGORIES: ReadonlySet<unknown> = new Set(vodErrorCategories);
const SEVERITIES: ReadonlySet<unknown> = new Set(['info', 'warning', 'error']);
const FAULTS: ReadonlySet<unknown> = new Set(['client', 'server', 'network']);
const LINK_KINDS: ReadonlySet<unknown> = new Set(['docs', 'diagnosis', 'recommend', 'console', 'ticket']);
const OPTIONAL_STRINGS = ['subCode', 'catalogCode', 'requestId', 'hostId', 'traceId'] as const;

const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';
const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function hasValidLinks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  return value.every((link) => LINK_KINDS.has(readKey(link, 'kind')) && typeof readKey(link, 'url') === 'string');
}

/**
 * True for a value that has every field a {@link VodError} promises, each of the promised type:
 * a model, or a JSON copy of one. Hand-made and partial objects are not models: pass them to
 * `normalizeVodError`, which reads what they have. Never throws.
 *
 * @example
 * ```ts
 * isVodError(normalizeVodError(caught)); // true
 * isVodError({ kind: 'vod-error', code: 'X', category: 'auth' }); // false: most fields missing
 * ```
 */
export function isVodError(value: unknown): value is VodError {
  if (!isRecord(value) || readKey(value, 'kind') !== 'vod-error') return false;
  const params = readKey(value, 'params');
  const status = readKey(value, 'httpStatus');
  return (
    isVodProvider(readKey(value, 'provider')) &&
    isVodErrorFormat(readKey(value, 'format')) &&
    typeof readKey(value, 'code') === 'string' &&
    OPTIONAL_STRINGS.every((key) => isOptional(readKey(value, key), isString)) &&
    isOptional(status, (v) => Number.isInteger(v)) &&
    typeof readKey(value, 'message') === 'string' &&
    isRecord(params) &&
    isOptional(readKey(params, 'parameter'), isString) &&
    CATEGORIES.has(readKey(value, 'category')) &&
    SEVERITIES.has(readKey(value, 'severity')) &&
    FAULTS.has(readKey(value, 'fault')) &&
    typeof readKey(value, 'retryable') === 'boolean' &&
    isOptional(readKey(value, 'retryAfterMs'), isFiniteNumber) &&
    hasValidLinks(readKey(value, 'links')) &&
    isDateTime(readKey(value, 'timestamp'))
  );
}
