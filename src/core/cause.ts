import type { VodError } from './model.js';

// The raw caught value of each model, kept beside the model rather than on it. A property of
// any kind would be found by something: JSON and structured clone skip non-enumerable ones,
// but React's server-to-client serializer complains about them in development, `util.inspect`
// with `showHidden` prints them, and error serializers copy `cause` by name. A WeakMap entry is
// invisible to all of them and is collected with the model.
// Its keys are also the record of which models this module made (`isNormalized`): one weak
// entry per model, not two (a second WeakSet cost about 7% of a normalization).
const causes = new WeakMap<object, unknown>();

/**
 * Remembers `cause` as the raw value `model` was made from, and so registers `model` as made
 * here: `normalizeVodError` returns it as is. Internal: the normalizers call it.
 */
export function keepCause<T extends object>(model: T, cause: unknown): T {
  causes.set(model, cause);
  return model;
}

/** True for a model a normalizer of this module made (or derived, see `keepCause`). Internal. */
export function isNormalized(value: object): boolean {
  return causes.has(value);
}

/**
 * The raw value a model was normalized from (an SDK exception, a Response, a body), for
 * debugging in the process that caught it. It is not on the model: `JSON.stringify`,
 * `structuredClone`, `postMessage` and React props carry no trace of it, so a copy of the
 * model never holds the signed URLs, headers or tokens the raw value may carry. A copy (or a
 * model from another process) has no cause: `undefined`.
 *
 * @example
 * ```ts
 * import { normalizeVodError, vodErrorCause } from 'vod-error-kit/core';
 *
 * try {
 *   await client.DescribeMediaInfos({ FileIds: [fileId] });
 * } catch (err) {
 *   const error = normalizeVodError(err);
 *   vodErrorCause(error) === err; // true: log it on the server if you must, never send it
 *   JSON.stringify(error).includes('SecretId'); // false
 * }
 * ```
 */
export function vodErrorCause(error: VodError): unknown {
  return typeof error === 'object' && error !== null ? causes.get(error) : undefined;
}
