/**
 * Defensive readers for caught values. A thrown value can be anything: a Proxy whose traps
 * throw, an object with throwing getters, a revoked Proxy, a cycle. Every property read in the
 * core goes through these helpers so that a hostile value costs at most a skipped field.
 */

export type UnknownRecord = Readonly<Record<string, unknown>>;

/** True for values whose properties may be read (objects and functions, not null). */
export function isRecord(value: unknown): value is UnknownRecord {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Reads `record[key]`, returning `undefined` instead of throwing. Never walks `__proto__`. */
export function readKey(record: unknown, key: string): unknown {
  if (!isRecord(record)) return undefined;
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Reads the first present key of `keys` (one key, or several in order). */
export function readFirst(record: unknown, keys: string | readonly string[]): unknown {
  // One key is the common case: no array to allocate or walk.
  if (typeof keys === 'string') {
    const value = readKey(record, keys);
    return value === null ? undefined : value;
  }
  for (const key of keys) {
    const value = readKey(record, key);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** A string field, or `undefined` when absent or of another type. Numbers are accepted as text. */
export function readString(record: unknown, keys: string | readonly string[]): string | undefined {
  return asText(readFirst(record, keys));
}

/** A value read as text: strings as they are, finite numbers as digits, anything else `undefined`. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Runs one property read written at the call site, `undefined` instead of throwing:
 * `guarded(() => body.Code)`. The hot readers use it on the few shapes they know: a read through
 * `readKey` goes by a key name that changes at every call, which V8 can only look up generically
 * (about 10 ns), while a named read here learns its shapes (under 1 ns once optimised, the
 * arrow inlined away). Like `readKey`, a hostile getter or Proxy costs its field alone.
 *
 * @example
 * ```ts
 * const code = asText(guarded(() => (body as { Code?: unknown }).Code));
 * ```
 */
export function guarded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && value.length > 0 && value.length <= 12 && /^-?\d+$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** A valid HTTP status (100–599), or `undefined`. */
export function toHttpStatus(value: unknown): number | undefined {
  const status = toInteger(value);
  return status !== undefined && status >= 100 && status <= 599 ? status : undefined;
}
