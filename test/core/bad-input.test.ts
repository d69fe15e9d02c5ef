import { describe, expect, it } from 'vitest';
import { normalizeVodError, type VodError } from '../../src/core';

const CATEGORIES = new Set(['auth', 'permission', 'account', 'quota', 'rate-limit', 'invalid-request', 'not-found', 'conflict', 'server', 'unavailable', 'network', 'timeout', 'aborted', 'success', 'unknown']);

/** Every field of the model has the type the docs promise. */
function expectValidModel(error: VodError): void {
  expect(error.kind).toBe('vod-error');
  expect(['aliyun', 'tencent', 'huawei', 'unknown']).toContain(error.provider);
  expect(typeof error.code).toBe('string');
  expect(error.code.length).toBeGreaterThan(0);
  expect(error.code.length).toBeLessThanOrEqual(128);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeLessThanOrEqual(1000);
  expect(CATEGORIES.has(error.category)).toBe(true);
  expect(['info', 'warning', 'error']).toContain(error.severity);
  expect(['client', 'server', 'network']).toContain(error.fault);
  expect(typeof error.retryable).toBe('boolean');
  expect(Array.isArray(error.links)).toBe(true);
  expect(Number.isFinite(error.timestamp)).toBe(true);
  for (const key of ['requestId', 'hostId', 'traceId', 'subCode'] as const) {
    if (error[key] !== undefined) expect(typeof error[key]).toBe('string');
  }
  if (error.httpStatus !== undefined) expect(Number.isInteger(error.httpStatus)).toBe(true);
}

function circular(): unknown {
  const value: Record<string, unknown> = { Code: 'InternalError' };
  value.self = value;
  value.response = { data: value, cause: value };
  return value;
}

function throwingGetters(): unknown {
  return Object.defineProperties({}, {
    Code: { get: () => { throw new Error('getter'); }, enumerable: true },
    response: { get: () => { throw new Error('getter'); }, enumerable: true },
    message: { get: () => { throw new Error('getter'); }, enumerable: true },
  });
}

function hostileProxy(): unknown {
  return new Proxy({}, {
    get: () => { throw new Error('trap'); },
    has: () => { throw new Error('trap'); },
    ownKeys: () => { throw new Error('trap'); },
    getOwnPropertyDescriptor: () => { throw new Error('trap'); },
    getPrototypeOf: () => { throw new Error('trap'); },
  });
}

function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function deeplyNested(depth: number): unknown {
  let value: Record<string, unknown> = { Code: 'Deep' };
  for (let i = 0; i < depth; i++) value = { response: { data: value }, cause: value };
  return value;
}

const TEN_MB = 10 * 1024 * 1024;

const hostileInputs: ReadonlyArray<readonly [string, () => unknown]> = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['a number', () => 12345.678],
  ['NaN', () => NaN],
  ['a symbol', () => Symbol('boom')],
  ['a BigInt', () => 10n ** 30n],
  ['a function', () => () => 'x'],
  ['true', () => true],
  ['an empty string', () => ''],
  ['a circular object', circular],
  ['an object whose getters throw', throwingGetters],
  ['a Proxy whose traps throw', hostileProxy],
  ['a revoked Proxy', revokedProxy],
  ['a 10 MB string', () => 'x'.repeat(TEN_MB)],
  ['a 10 MB JSON-looking string', () => `{"Code":"${'a'.repeat(TEN_MB)}`],
  ['a 10 MB XML-looking string', () => `<Error><Code>${'<'.repeat(TEN_MB)}`],
  ['__proto__ keys from JSON', () => JSON.parse('{"__proto__":{"polluted":true},"Code":"X","constructor":{"prototype":{"polluted":true}}}')],
  ['a body with code "__proto__"', () => ({ Code: '__proto__', RequestId: 'R', HostId: 'H' })],
  ['a body with code "constructor"', () => ({ Response: { Error: { Code: 'constructor', Message: 'm' } } })],
  ['an object nested 10,000 levels deep', () => deeplyNested(10_000)],
  ['an array of a million items', () => new Array(1_000_000).fill({ Code: 'x' })],
  ['fields of the wrong types', () => ({ Code: { toString: () => { throw new Error('x'); } }, RequestId: [1, 2], HostId: 42, Message: { a: 1 }, status: 'abc' })],
  ['a frozen object', () => Object.freeze({ Code: 'Throttling', RequestId: Object.freeze(['x']) })],
  ['an object without prototype', () => Object.assign(Object.create(null) as object, { Code: 'Throttling' })],
  ['a Symbol-keyed object', () => ({ [Symbol('Code')]: 'x', [Symbol.toPrimitive]: () => { throw new Error('x'); } })],
  ['an Error whose name and message throw', () => Object.defineProperty(Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('x'); } }), 'message', { get: () => { throw new Error('x'); } })],
  ['hostile unicode', () => ({ Code: '\u202eInvalid\u0000Parameter\ud800', Message: '\u202e<script>alert(1)</script>\u0007', RequestId: '\u2066abc\u2069' })],
  ['a headers object whose get throws', () => ({ status: 500, headers: { get: () => { throw new Error('x'); } } })],
];

describe('normalizeVodError on hostile input', () => {
  it.each(hostileInputs)('returns a valid model for %s without throwing', (_name, make) => {
    const input = make();
    let error: VodError | undefined;
    expect(() => {
      error = normalizeVodError(input);
    }).not.toThrow();
    expectValidModel(error as VodError);
  });

  it.each(hostileInputs)('handles %s in linear time (under 2 s even on a machine kept busy by other work)', (_name, make) => {
    const input = make();
    const started = performance.now();
    normalizeVodError(input);
    // A guard against catastrophic behaviour (backtracking, unbounded recursion), not a benchmark
    // (`npm run bench` measures speed). A quadratic pass over 10 MB would take minutes, so a bound
    // this loose still catches one, and a CPU shared with other work cannot trip it.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never pollutes Object.prototype', () => {
    for (const [, make] of hostileInputs) normalizeVodError(make());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('gives inputs that carry nothing recognisable the unknown provider', () => {
    for (const input of [null, undefined, 42.5, Symbol('x'), 10n, circular(), hostileProxy(), 'x'.repeat(1000)]) {
      expect(normalizeVodError(input).provider).toBe('unknown');
    }
  });

  it('strips bidi overrides and control characters from text it keeps', () => {
    const error = normalizeVodError({ Code: 'InvalidParameter', RequestId: 'R', HostId: 'H', Message: 'abc\u202edef\u0007' });
    expect(error.message).toBe('abcdef');
  });

  it('bounds the message length', () => {
    const error = normalizeVodError({ Code: 'InternalError', RequestId: 'R', HostId: 'H', Message: 'm'.repeat(50_000) });
    expect(error.message.length).toBeLessThanOrEqual(1000);
    expect(error.message.endsWith('…')).toBe(true);
  });
});
