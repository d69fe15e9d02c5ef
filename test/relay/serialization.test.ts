/**
 * The model is safe to relay by construction: in every form it leaves the process in, it holds
 * no credential and no raw input, and the copy normalizes back to the same error and texts.
 * The corpus: every provider SDK, upload SDK, axios and fetch failure run against the loopback
 * provider with fresh credentials, and every credential form × shape of the secrets corpus.
 */
import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeVodError, normalizeVodErrorAsync, vodErrorCause, type VodError } from '../../src/core';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { useProviderLoopback } from '../contract/support/loopback';
import { SECRET_SHAPES, secretSamples } from '../fuzz/secret-corpus';
import { leakedPart } from '../fuzz/secret-embedding';
import { collectFailures, type CaughtFailure } from './support/failure-corpus';
import { silenceHuaweiSdkLog } from './support/provider-calls';
import { serializedForms } from './support/serialized-forms';

const loopback = useProviderLoopback();
let failures: CaughtFailure[] = [];
beforeAll(async () => {
  silenceHuaweiSdkLog();
  failures = await collectFailures(loopback.server);
});

const LANGUAGES = ['en-US', 'zh-CN'] as const;

/** What the page shows and reasons with: must be the same after the trip. */
function essentials(error: VodError) {
  return {
    code: error.code,
    requestId: error.requestId,
    category: error.category,
    retryable: error.retryable,
    texts: LANGUAGES.map((lng) => formatVodError(error, { lng })),
  };
}

/** Every leak of `secrets` in every serialized form of `error`, and every form that does not round-trip. */
async function problemsOf(error: VodError, secrets: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const expected = essentials(error);
  for (const form of await serializedForms(error)) {
    for (const secret of secrets) {
      const leak = leakedPart(form.text, secret);
      if (leak !== undefined) problems.push(`${form.name} holds "${leak}"`);
    }
    if (form.copy !== undefined) {
      const again = essentials(normalizeVodError(form.copy));
      if (JSON.stringify(again) !== JSON.stringify(expected)) problems.push(`${form.name} normalizes back to ${JSON.stringify(again).slice(0, 300)}`);
    }
  }
  return problems;
}

describe('a model of a real SDK, upload, axios or fetch failure', () => {
  it('was made from raw values that do carry the credentials (so the checks below can fail)', () => {
    const raw = failures.map((failure) => inspect(failure.caught, { depth: 6, showHidden: true })).join('\n');
    const carried = new Set(failures.flatMap((failure) => failure.secrets).filter((secret) => raw.includes(secret)));
    // Signed URLs, Authorization headers, security tokens and upload signatures all reach the catch block.
    expect(carried.size).toBeGreaterThanOrEqual(6);
    expect(failures.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the raw value reachable in this process, through vodErrorCause, and nowhere on the model', async () => {
    for (const failure of failures) {
      const error = await normalizeVodErrorAsync(failure.caught);
      expect(vodErrorCause(error), failure.name).toBe(failure.caught);
      expect(Object.getOwnPropertyNames(error), failure.name).not.toContain('cause');
      expect(error.cause, failure.name).toBeUndefined();
    }
  });

  it('is a plain object with no hidden or symbol keys, which React passes from server to client components as is', async () => {
    for (const failure of failures) {
      const error = await normalizeVodErrorAsync(failure.caught);
      // React's Flight serializer takes plain objects only, and warns in development about any
      // non-enumerable or symbol key: the model has none.
      expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
      expect(Object.getOwnPropertyNames(error)).toEqual(Object.keys(error));
      expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    }
  });

  it('holds no credential in JSON, structured clone, postMessage, v8, spread, loggers, inspect or the server reply, and round-trips', async () => {
    const problems: string[] = [];
    for (const failure of failures) {
      const error = await normalizeVodErrorAsync(failure.caught);
      for (const problem of await problemsOf(error, failure.secrets)) problems.push(`${failure.name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a model of every credential form in every shape of the secrets corpus', () => {
  const samples = secretSamples();
  it.each(SECRET_SHAPES.map(([name, build]) => [name, build] as const))('holds no credential in any serialized form, and round-trips, when they arrive as: %s', async (_name, build) => {
    const problems: string[] = [];
    for (const sample of samples) {
      const error = normalizeVodError(build(sample.text));
      for (const problem of await problemsOf(error, sample.secrets)) problems.push(`${sample.name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
