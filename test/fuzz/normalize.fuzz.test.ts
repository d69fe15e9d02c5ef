// Property tests of normalizeVodError: whatever is caught, the kit answers with a valid model,
// quickly, without throwing and without touching the global prototypes.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSupportReport, defaultSupportReportLabels, normalizeVodError, redactSecrets, type NormalizeOptions, type VodError } from '../../src/core';
import { formatVodError } from '../../src/i18n/format-vod-error';
import {
  anyField,
  anyText,
  anyThing,
  axiosLike,
  hostileRecipe,
  hugeString,
  pathologicalString,
  providerBody,
  sdkExceptionLike,
  serialized,
  wrapper,
} from './arbitraries';
import { FUZZ_RUNS, FUZZ_SEED, recordFigures, runsFor, timeoutFor, type CategoryFigures } from './fuzz-runs';
import { classifyStatus } from '../../src/core/catalog/index';
import { cleanText } from '../../src/core/text';
import { assertValidModel, prototypeSnapshot, Timing } from './model-check';
import { embeddedSecret, leakedPart } from './secret-embedding';

/** A guard against catastrophic behaviour, not a benchmark: real inputs take well under 1 ms. */
const MAX_MS_PER_INPUT = 100;

const prototypesBefore = prototypeSnapshot();
const figures: CategoryFigures[] = [];

const options: fc.Arbitrary<NormalizeOptions | undefined> = fc.option(
  fc.record(
    {
      provider: fc.constantFrom('aliyun', 'tencent', 'huawei', 'unknown'),
      httpStatus: anyField as fc.Arbitrary<never>,
      headers: anyField,
      url: anyField as fc.Arbitrary<never>,
      site: fc.constantFrom('china', 'international'),
      now: fc.constantFrom<() => number>(() => 1_700_000_000_000, () => NaN, () => 1e300, () => -Infinity, () => {
        throw new Error('clock');
      }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** The fields a JSON copy of the model must keep when normalized again (a backend relaying it). */
const KEPT_BY_A_JSON_COPY = ['provider', 'format', 'code', 'subCode', 'requestId', 'hostId', 'traceId', 'message', 'httpStatus', 'category', 'retryable'] as const;

// A provider code spelled like one of the kit's own synthetic codes (`HTTP.503`, `Timeout`)
// is read back as that synthetic code. No provider sends these, so a model whose code looks
// synthetic but was not made by the kit is left out of the comparison.
const SYNTHETIC_CATEGORY: Readonly<Record<string, string>> = {
  NetworkError: 'network', Offline: 'network', Timeout: 'timeout', Aborted: 'aborted', InvalidResponse: 'unavailable', Unknown: 'unknown',
};

function hasProviderCodeSpelledLikeSynthetic(error: VodError): boolean {
  const status = /^HTTP\.(\d{3})$/.exec(error.code);
  if (status) {
    // The kit writes HTTP.503 only for a bare status, and classifies it by that status alone.
    const byStatus = classifyStatus(Number(status[1]))?.category;
    const madeByKit = error.httpStatus === Number(status[1]) && (byStatus !== undefined ? error.category === byStatus : error.category === 'unavailable' || error.category === 'unknown');
    return !madeByKit;
  }
  const category = SYNTHETIC_CATEGORY[error.code];
  return category !== undefined && category !== error.category;
}

function checkJsonCopy(error: VodError): void {
  const { cause: _cause, ...shown } = error;
  const again = normalizeVodError(JSON.parse(JSON.stringify(shown)));
  assertValidModel(again);
  if (hasProviderCodeSpelledLikeSynthetic(error)) return;
  // Text is cleaned (and redacted) once more on the way in.
  const expected = { ...error, message: cleanText(error.message) };
  for (const key of KEPT_BY_A_JSON_COPY) {
    if (again[key] !== expected[key]) {
      throw new Error(`a JSON copy changes ${key}: ${JSON.stringify(error[key])} became ${JSON.stringify(again[key])}`);
    }
  }
}

interface Category {
  readonly name: string;
  /** Share of the default 10,000 runs. */
  readonly runs: number;
  readonly input: fc.Arbitrary<() => unknown>;
  readonly withOptions?: boolean;
}

/** Wraps a generated value in a recipe that fast-check prints as the value itself. */
const value = <T,>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<() => unknown> =>
  arbitrary.map((input) => Object.assign(() => input, { [fc.toStringMethod]: () => fc.stringify(input) }));

const categories: readonly Category[] = [
  { name: 'arbitrary JSON (fc.jsonValue)', runs: 2000, input: value(fc.jsonValue()) },
  { name: 'any JS value (fc.anything: BigInt, Symbol, Map, typed arrays, null prototypes)', runs: 600, input: value(anyThing) },
  { name: 'provider envelopes, every field of any type', runs: 2400, input: value(providerBody), withOptions: true },
  { name: 'wrappers {status, headers, body|data|response}', runs: 1000, input: value(wrapper), withOptions: true },
  { name: 'axios-like errors', runs: 800, input: value(axiosLike) },
  { name: 'SDK-exception-like errors', runs: 800, input: value(sdkExceptionLike) },
  { name: 'JSON-serialized envelopes, wrappers and axios errors', runs: 800, input: value(serialized) },
  { name: 'hostile objects (throwing getters and traps, cycles, huge arrays, __proto__ keys, Symbols, BigInt, frozen, null-prototype)', runs: 1000, input: hostileRecipe },
  { name: 'pathological strings (unicode, lone surrogates, quote/escape/markup/credential runs)', runs: 1000, input: value(pathologicalString) },
  { name: 'huge strings (100 KB to 1 MB of pathological units)', runs: 40, input: value(hugeString) },
];

describe('normalizeVodError under fuzzing', () => {
  for (const category of categories) {
    const runs = runsFor(category.runs, category.runs < 100 ? category.runs : 1);
    it(
      `returns a valid model, without throwing, in under ${MAX_MS_PER_INPUT} ms, for ${runs} ${category.name}`,
      () => {
        const timing = new Timing();
        const arbitrary = category.withOptions ? fc.tuple(category.input, options) : fc.tuple(category.input, fc.constant(undefined));
        fc.assert(
          fc.property(arbitrary, ([make, normalizeOptions]) => {
            const input = make();
            const error = timing.measure(() => normalizeVodError(input, normalizeOptions), MAX_MS_PER_INPUT);
            assertValidModel(error);
            checkJsonCopy(error);
          }),
          { numRuns: runs, seed: FUZZ_SEED },
        );
        figures.push({ suite: 'normalizeVodError', category: category.name, inputs: timing.count, maxMs: timing.maxMs, meanMs: timing.totalMs / Math.max(1, timing.count), remeasured: timing.remeasured });
        expect(timing.count).toBeGreaterThanOrEqual(runs);
        expect(timing.maxMs).toBeLessThan(MAX_MS_PER_INPUT);
      },
      timeoutFor(runs, category.runs < 100 ? 200 : 2),
    );
  }

  it('tried at least 10,000 generated inputs in total', () => {
    const normalized = figures.filter((row) => row.suite === 'normalizeVodError');
    const total = normalized.reduce((sum, row) => sum + row.inputs, 0);
    expect(normalized).toHaveLength(categories.length);
    expect(total).toBeGreaterThanOrEqual(Math.min(10_000, FUZZ_RUNS));
  });

  it('left Object.prototype, Array.prototype, Function.prototype and String.prototype as they were', () => {
    expect(prototypeSnapshot()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Any input of the categories above, for the suites that start from a caught value. */
const anyCaught: fc.Arbitrary<() => unknown> = fc.oneof(...categories.filter((category) => category.runs >= 100).map((category) => category.input));

describe('redactSecrets under fuzzing', () => {
  const runs = runsFor(2000);
  it(`removes a credential embedded at a random position under a random name, in ${runs} strings`, () => {
    const timing = new Timing();
    fc.assert(
      fc.property(embeddedSecret, ({ text, secret }) => {
        const output = timing.measure(() => redactSecrets(text), MAX_MS_PER_INPUT);
        const leak = leakedPart(output, secret);
        if (leak !== undefined) throw new Error(`"${leak}" of the secret survived: ${JSON.stringify(output.slice(0, 400))}`);
        // Redacting twice changes nothing (the report redacts text the model already redacted).
        if (redactSecrets(output) !== output) throw new Error(`a second pass changed ${JSON.stringify(output.slice(0, 200))}`);
      }),
      { numRuns: runs, seed: FUZZ_SEED },
    );
    figures.push({ suite: 'redactSecrets', category: 'credential at a random position, random name and separator', inputs: timing.count, maxMs: timing.maxMs, meanMs: timing.totalMs / timing.count, remeasured: timing.remeasured });
    expect(timing.count).toBeGreaterThanOrEqual(runs);
  }, timeoutFor(runs));

  it(`keeps the embedded credential out of the model and the support report, in ${runs} errors`, () => {
    let tried = 0;
    fc.assert(
      fc.property(embeddedSecret, fc.constantFrom('Message', 'Code', 'RequestId', 'HostId', 'Recommend'), ({ text, secret }, field) => {
        const error = normalizeVodError({ Code: 'SignatureDoesNotMatch', RequestId: 'R-1', HostId: 'vod.cn-shanghai.aliyuncs.com', [field]: text });
        const shown = [error.code, error.message, error.requestId, error.hostId, error.traceId, error.subCode, JSON.stringify(error.params), ...error.links.map((link) => link.url)].join('\n');
        const report = buildSupportReport(error, { pageUrl: `https://app.example.com/upload?${text}`, developerDetail: text, userAgent: text });
        for (const [where, output] of [['the model', shown], ['the support report', report]] as const) {
          const leak = leakedPart(output, secret);
          if (leak !== undefined) throw new Error(`"${leak}" of the secret survived into ${where}`);
        }
        tried++;
      }),
      { numRuns: runs, seed: FUZZ_SEED },
    );
    figures.push({ suite: 'redactSecrets', category: 'credential in a body field, the page URL and the developer detail', inputs: tried, maxMs: 0, meanMs: 0, remeasured: 0 });
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, timeoutFor(runs));
});

// Everything a line can be broken with in a plain-text ticket.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const LABELS = new Set(Object.values(defaultSupportReportLabels));

describe('buildSupportReport under fuzzing', () => {
  const runs = runsFor(500);
  it(`never throws and gives one labelled line per field, in ${runs} reports`, () => {
    const timing = new Timing();
    // What a JSON copy can hold in place of the fields: any text or JSON value.
    const jsonField = fc.oneof(anyText, fc.jsonValue());
    const tampered = fc.record({ timestamp: fc.oneof(fc.double(), fc.integer()), code: jsonField, requestId: jsonField, message: jsonField, httpStatus: jsonField }, { requiredKeys: [] });
    fc.assert(
      fc.property(anyCaught, fc.option(tampered, { nil: undefined }), anyField, anyField, anyField, fc.string(), (make, overrides, pageUrl, userAgent, developerDetail, fragment) => {
        // A model made by the kit, or a hand-edited copy of one passed straight in.
        const model = { ...normalizeVodError(make()), ...overrides } as VodError;
        const marker = `FRAGMENT${fragment.length}x${Math.abs(fragment.length * 7919) % 1000}`;
        const options = {
          pageUrl: typeof pageUrl === 'string' ? `${pageUrl}#${marker}${fragment}` : undefined,
          userAgent: typeof userAgent === 'string' ? userAgent : undefined,
          developerDetail: typeof developerDetail === 'string' ? developerDetail : undefined,
        };
        const report = timing.measure(() => buildSupportReport(model, options), MAX_MS_PER_INPUT);
        const lines = report.split(LINE_BREAK);
        if (lines[0] !== defaultSupportReportLabels.heading) throw new Error(`the report starts with ${JSON.stringify(lines[0])}`);
        for (const line of lines.slice(1)) {
          const label = line.slice(0, line.indexOf(': '));
          if (!LABELS.has(label)) throw new Error(`a line has no known label: ${JSON.stringify(line.slice(0, 120))} in ${JSON.stringify(report.slice(0, 1000))}`);
          if (line.length > label.length + 2 + 2000) throw new Error(`a ${line.length}-character line`);
        }
        if (lines.length > Object.keys(defaultSupportReportLabels).length) throw new Error(`${lines.length} lines`);
        if (report.includes(marker)) throw new Error('the page URL fragment reached the report');
      }),
      { numRuns: runs, seed: FUZZ_SEED },
    );
    figures.push({ suite: 'buildSupportReport', category: 'models from every category, tampered copies, hostile page URLs', inputs: timing.count, maxMs: timing.maxMs, meanMs: timing.totalMs / timing.count, remeasured: timing.remeasured });
    expect(timing.maxMs).toBeLessThan(MAX_MS_PER_INPUT);
  }, timeoutFor(runs));
});

describe('formatVodError under fuzzing', () => {
  const runs = runsFor(600);
  it(`never throws and never gives an empty title or a raw key, in ${runs} errors`, () => {
    const timing = new Timing();
    const language = fc.oneof(fc.constantFrom('en-US', 'zh-CN', 'zh', 'zh-TW', 'fr', 'EN', '', '__proto__', 'constructor', 'zh_CN'), fc.string(), fc.constant(undefined));
    fc.assert(
      fc.property(anyCaught, language, (make, lng) => {
        const text = timing.measure(() => formatVodError(make(), { lng }), MAX_MS_PER_INPUT);
        for (const field of ['title', 'description', 'remediation', 'developerDetail'] as const) {
          const value = text[field];
          if (typeof value !== 'string' || value.trim() === '') throw new Error(`${field} is ${JSON.stringify(value)}`);
        }
        if (/vod-error-kit\/|^[\w.-]+>[\w.>-]+$|\{\{|\$t\(/.test(text.title)) throw new Error(`the title is a raw key or template: ${JSON.stringify(text.title)}`);
      }),
      { numRuns: runs, seed: FUZZ_SEED },
    );
    figures.push({ suite: 'formatVodError', category: 'any caught value, any language tag', inputs: timing.count, maxMs: timing.maxMs, meanMs: timing.totalMs / timing.count, remeasured: timing.remeasured });
    expect(timing.maxMs).toBeLessThan(MAX_MS_PER_INPUT);
  }, timeoutFor(runs, 5));
});

afterAll(() => recordFigures(figures));
