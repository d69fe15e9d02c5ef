import type { VodError } from './model.js';

// The raw caught value of each model, kept beside the model rather than on it. A property of
// any kind would be found by something: JSON and structured clone skip non-enumerable ones,
// but React's server-to-client serializer complains about them in development, `util.inspect`
// with `showHidden` prints them, and error serializers copy `cause` by name.
// It lives in a private field stamped onto the model, which none of them can see: private names
// are not properties (no `Reflect.ownKeys`, descriptor, Proxy trap, clone or inspect reaches
// them), a spread or a copy does not carry them, and the slot is collected with the model. A
// WeakMap did the same, but its entry for a fresh key cost about a third of a normalization
// (issue 12: write barrier and ephemeron work on every young model); the stamp costs a store.
// The stamp is also the record of which models this module made (`isNormalized`).

/** Returns the object it is given, so a subclass can stamp a private field onto any object. */
class Stampable {
  constructor(target: object) {
    return target;
  }
}

/** Stamps `#cause` onto a model (see above). Never instantiated for its own sake. */
class CauseStamp extends Stampable {
  #cause: unknown;

  private constructor(model: object, cause: unknown) {
    super(model);
    this.#cause = cause;
  }

  static stamp(model: object, cause: unknown): void {
    new CauseStamp(model, cause);
  }

  static has(value: object): boolean {
    return #cause in value;
  }

  static read(value: object): unknown {
    return #cause in value ? (value as CauseStamp).#cause : undefined;
  }
}

/**
 * Remembers `cause` as the raw value `model` was made from, and so registers `model` as made
 * here: `normalizeVodError` returns it as is. Internal: the normalizers call it on the fresh
 * object they built (a frozen or already stamped object cannot take the stamp).
 */
export function keepCause<T extends object>(model: T, cause: unknown): T {
  CauseStamp.stamp(model, cause);
  return model;
}

/** True for a model a normalizer of this module made (or derived, see `keepCause`). Internal. */
export function isNormalized(value: object): boolean {
  return CauseStamp.has(value);
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
  return typeof error === 'object' && error !== null ? CauseStamp.read(error) : undefined;
}
