// Generators of what a caught value can be: any JSON, every provider envelope with each field
// of any type, wrappers, SDK exceptions, hostile objects and pathological strings.
import fc from 'fast-check';

/** Strings an attacker or a broken proxy would pick: markup, entities, escapes, credentials. */
export const PATHOLOGICAL_UNITS = [
  '"', '\\', '\\"', "'", '<', '>', '&#', '&#x3C;', '&lt;', '&amp;', '=', '%3D', '%', '{', '}', '[', ']', ':', ',',
  'AccessKeyId=', 'Signature=', 'token=', 'Authorization: ', 'Bearer ', 'TC3-HMAC-SHA256 ', 'q-sign-algorithm=sha1&',
  '"AccessKeyId":"', 'STS.', 'LTAI', 'AKID', '<Code>', '</Code>', '<Error>', '<html>', '<title>', '<![CDATA[', ']]>',
  '{"Code":"', '{"Response":{"Error":{"Code":"', '{"error_code":"', '(10008)', '20108:', 'request id: ',
  ': code: 503, ', 'https://', 'aliyuncs.com', 'tencentcloudapi.com', 'myhuaweicloud.com', '\u202e', '\u2066',
  '\u200b', '\ufeff', '\u0000', '\u0007', '\r\n', '\n', '\t', '\u2028', '\ud800', '\udfff', '😀', '𠜎', 'é', 'e\u0301',
  'Failed to fetch', 'timeout', '{{code}}', '$t(', '__proto__', 'constructor', 'prototype', ' ', '0', '503', 'x',
] as const;

/** Codes that make the classifier and the link builder take every path. */
const CODES = [
  'InvalidVideo.NotFound', 'Throttling.User', 'Forbidden.IllegalStatus', 'ResourceNotFound.FileNotExist',
  'InvalidParameterValue.FileId', 'AuthFailure.SignatureFailure', 'FailedOperation.InvalidVodUser', 'VOD.10062',
  'APIG.0301', 'VST.10002', 'InternalError', 'ServiceUnavailable', 'LimitExceeded', '4000', '5100', '4100', '0',
  'ECONNREFUSED', 'ETIMEDOUT', 'ERR_NETWORK', 'ERR_CANCELED', 'ABORT_ERR', '__proto__', 'constructor', 'toString',
  'hasOwnProperty', 'prototype', 'HTTP.503', 'NetworkError', 'Timeout', 'Unknown', 'InvalidResponse', '',
];

const URLS = [
  'https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod', 'https://vod.cn-shanghai.aliyuncs.com/?Action=GetPlayInfo',
  'https://vod.tencentcloudapi.com/', 'https://vod.cn-north-4.myhuaweicloud.com/v1.0/asset', 'javascript:alert(1)',
  'https://api.aliyun.com.evil.example/', 'https://evil.example/?aliyun.com', 'https://user:pw@api.aliyun.com/',
  'https://api.aliyun.com\\@evil.example/', 'data:text/html,<script>alert(1)</script>', 'HTTPS://API.ALIYUN.COM/',
];

/** Short strings of every kind: unicode, binary (lone surrogates), pathological runs, real codes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PATHOLOGICAL_UNITS), { maxLength: 40 }).map((units) => units.join('')),
  fc.constantFrom(...CODES),
  fc.constantFrom(...URLS),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.uuid(),
);

/** A value of any type at all, BigInt, Symbols, boxed values, Maps, typed arrays, null prototypes included. */
export const anyThing: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** One field of an envelope: usually text or a number, sometimes any value, sometimes hostile. */
export const anyField: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anyText },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.integer({ min: 100, max: 599 }), fc.integer({ min: 1000, max: 70_000 })) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, NaN, Infinity, -0, 10n ** 20n, Symbol('field')) },
  { weight: 2, arbitrary: anyThing },
  { weight: 1, arbitrary: fc.constant(0).map(() => hostileLeaf()) },
);

const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape, { requiredKeys: [] });

const aliyunBody = partial({ RequestId: anyField, HostId: anyField, Code: anyField, Message: anyField, Recommend: anyField });
const tencentV3Body = fc.record({
  Response: fc.oneof(
    partial({ Error: fc.oneof(partial({ Code: anyField, Message: anyField }), anyField), RequestId: anyField }),
    anyField,
  ),
});
const tencentV2Body = partial({ code: anyField, message: anyField, codeDesc: anyField });
const tencentLiveBody = partial({ ret: anyField, retcode: anyField, errmsg: anyField, message: anyField, output: anyField });
const huaweiBody = partial({ error_code: anyField, error_msg: anyField, request_id: anyField });
const huaweiNestedBody = fc.record({ error: fc.oneof(partial({ code: anyField, message: anyField, request_id: anyField }), anyField) });

/** The body of any of the three providers' wire formats, each field of any type. */
export const providerBody: fc.Arbitrary<unknown> = fc.oneof(aliyunBody, tencentV3Body, tencentV2Body, tencentLiveBody, huaweiBody, huaweiNestedBody);

const headers = fc.oneof(
  partial({ 'x-request-id': anyField, 'X-TC-TraceId': anyField, 'x-acs-request-id': anyField, 'retry-after': anyField, 'content-type': anyField }),
  anyField,
  fc.constant(0).map(() => ({ get: () => { throw new Error('get'); } })),
);

/** A body as the app may hold it: the object, its JSON text, or its XML/HTML text. */
const bodyInAnyForm: fc.Arbitrary<unknown> = fc.oneof(
  providerBody,
  providerBody.map(safeStringify),
  fc.tuple(anyText, anyText, anyText).map(([code, message, id]) => `<Error><RequestId>${id}</RequestId><Code>${code}</Code><Message>${message}</Message></Error>`),
  anyText.map((title) => `<html><head><title>${title}</title></head><body><h1>502 Bad Gateway</h1></body></html>`),
);

/** `{ status, headers, body | data | response }` as apps wrap replies, and fetch-like responses. */
export const wrapper: fc.Arbitrary<unknown> = fc.oneof(
  partial({ status: anyField, statusCode: anyField, headers, body: bodyInAnyForm }),
  partial({ status: anyField, headers, data: bodyInAnyForm }),
  partial({ status: anyField, headers, response: bodyInAnyForm }),
);

/** axios errors (and vod-js-sdk-v6's, whose `code` is overwritten with 500). */
export const axiosLike: fc.Arbitrary<unknown> = partial({
  isAxiosError: fc.oneof(fc.constant(true), anyField),
  name: fc.oneof(fc.constantFrom('AxiosError', 'CanceledError', 'Error'), anyField),
  message: anyField,
  code: fc.oneof(fc.constantFrom('ERR_NETWORK', 'ECONNABORTED', 'ERR_BAD_REQUEST', 500), anyField),
  config: fc.oneof(partial({ url: anyField, baseURL: anyField, headers: anyField, method: anyField }), anyField),
  request: anyField,
  response: fc.oneof(partial({ status: anyField, headers, data: bodyInAnyForm, config: anyField }), anyField),
});

/** What the official SDKs throw: Error instances with provider fields of any type. */
export const sdkExceptionLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom('TencentCloudSDKHttpException', 'ClientRequestException', 'ServerResponseException', 'InvalidVideo.NotFoundError', 'Error', 'FetchError', 'AbortError', 'TimeoutError'),
    anyField,
    partial({
      code: anyField, requestId: anyField, traceId: anyField, httpCode: anyField, httpStatusCode: anyField, errorCode: anyField,
      errorMsg: anyField, statusCode: anyField, data: fc.oneof(providerBody, anyField), url: anyField, entry: anyField,
      accessDeniedDetail: anyField, cause: fc.oneof(providerBody, anyField), errno: anyField,
    }),
  )
  .map(([name, message, fields]) => {
    const error = new Error(typeof message === 'string' ? message : 'x');
    try {
      Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
      if (typeof message !== 'string') Object.defineProperty(error, 'message', { value: message, configurable: true });
      Object.assign(error, fields);
    } catch {
      // a field that cannot be assigned is simply absent
    }
    return error;
  });

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '{"Code":"Unserializable"}';
  }
}

/** JSON copies of every shape (what a backend relays). */
export const serialized: fc.Arbitrary<string> = fc.oneof(providerBody, wrapper, axiosLike).map(safeStringify);

// ---------------------------------------------------------------------------------------------
// Hostile objects. Built by functions, since fast-check values must be re-creatable for shrinking.

const boom = (): never => {
  throw new Error('hostile');
};

/**
 * A Proxy whose traps throw for every string key the kit could read. Symbol keys answer
 * normally, so that fast-check itself can still clone and print it.
 */
function hostileLeaf(): unknown {
  return new Proxy(
    { [fc.toStringMethod]: () => 'hostileLeaf()' },
    {
      get: (target, key) => (typeof key === 'string' ? boom() : Reflect.get(target, key)),
      has: (target, key) => (typeof key === 'string' ? boom() : Reflect.has(target, key)),
      getOwnPropertyDescriptor: (target, key) => (typeof key === 'string' ? boom() : Reflect.getOwnPropertyDescriptor(target, key)),
    },
  );
}

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply', 'construct', 'set', 'defineProperty', 'deleteProperty'] as const;
const ENVELOPE_KEYS = ['Code', 'Message', 'RequestId', 'HostId', 'Recommend', 'Response', 'Error', 'error', 'error_code', 'error_msg', 'code', 'message', 'ret', 'status', 'statusCode', 'headers', 'response', 'data', 'body', 'cause', 'config', 'request', 'name', 'url', 'requestId', 'errorCode', 'kind', 'toJSON', 'toString', 'valueOf'];

/** Recipes for hostile values; each returns a fresh value so the property can be re-run. */
const hostileRecipes: ReadonlyArray<fc.Arbitrary<() => unknown>> = [
  // Getters that throw on a random subset of the keys the readers look at.
  fc.tuple(fc.subarray(ENVELOPE_KEYS, { minLength: 1 }), providerBody).map(([keys, body]) => () => {
    const target = typeof body === 'object' && body !== null ? { ...body } : {};
    for (const key of keys) Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
    return target;
  }),
  // Proxies whose chosen traps throw, around a real envelope.
  fc.tuple(fc.subarray([...TRAPS], { minLength: 1 }), providerBody, fc.boolean()).map(([traps, body, callable]) => () => {
    const handler: ProxyHandler<object> = {};
    for (const trap of traps) (handler as Record<string, unknown>)[trap] = boom;
    const target = callable ? Object.assign(() => undefined, body) : typeof body === 'object' && body !== null ? body : {};
    return new Proxy(target, handler);
  }),
  // A revoked Proxy.
  fc.constant(() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }),
  // Proxies that answer every key with a fresh object (an infinitely wide and deep value).
  fc.constantFrom('object', 'self', 'string').map((kind) => () => {
    const make = (): object =>
      new Proxy({}, { get: (_target, key, receiver) => (typeof key !== 'string' ? undefined : kind === 'self' ? receiver : kind === 'string' ? `${key}=x` : make()) });
    return make();
  }),
  // Getters that return a new wrapper every time (a lazily built infinite tree).
  fc.constant(() => {
    class Lazy {
      get response(): Lazy { return new Lazy(); }
      get data(): Lazy { return new Lazy(); }
      get body(): Lazy { return new Lazy(); }
      get error(): Lazy { return new Lazy(); }
      get cause(): Lazy { return new Lazy(); }
      get message(): string { return 'lazy'; }
    }
    return new Lazy();
  }),
  // Cycles through every key a wrapper is followed by.
  fc.tuple(providerBody, fc.subarray(['self', 'response', 'data', 'body', 'error', 'cause', 'entry', 'originalError', 'err', 'config', 'headers'], { minLength: 1 })).map(([body, keys]) => () => {
    const value: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    for (const key of keys) value[key] = value;
    value.response = { data: value, headers: value, cause: value };
    return value;
  }),
  // Huge arrays, as the value and as a field.
  fc.tuple(fc.integer({ min: 10_000, max: 200_000 }), providerBody).map(([length, body]) => () => {
    const items = new Array<unknown>(length).fill(body);
    return { Code: items, Message: items, data: items, response: { data: items }, headers: items };
  }),
  // Prototype-poisoning keys in parsed JSON, in object literals and as codes.
  fc.tuple(providerBody, fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([body, key]) => () => {
    const json = JSON.stringify({ [key]: { polluted: true, prototype: { polluted: true } }, Code: key, Response: { Error: { Code: key, Message: key } } });
    const parsed = JSON.parse(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"body":${json}}`) as Record<string, unknown>;
    return { ...parsed, data: body, error_code: key, code: key, headers: JSON.parse('{"__proto__":{"x-request-id":"polluted"}}') };
  }),
  // Symbols as keys and values, and toPrimitive/toString/toJSON that throw.
  fc.tuple(providerBody).map(([body]) => () => ({
    ...(typeof body === 'object' && body !== null ? body : {}),
    [Symbol('Code')]: 'x',
    Code: Symbol('code'),
    Message: { [Symbol.toPrimitive]: boom, toString: boom, valueOf: boom, toJSON: boom },
    RequestId: Symbol.iterator,
    [Symbol.toPrimitive]: boom,
    toJSON: boom,
  })),
  // BigInt everywhere a number or string is expected.
  fc.bigInt().map((big) => () => ({ Code: big, RequestId: big, status: big, Response: { Error: { Code: big, Message: big } }, code: big, error_code: big, httpStatusCode: big })),
  // Deeply frozen and sealed envelopes.
  providerBody.map((body) => () => {
    const freeze = (value: unknown, depth: number): unknown => {
      if (typeof value === 'object' && value !== null && depth < 5) {
        for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key], depth + 1);
        return ArrayBuffer.isView(value) ? value : Object.freeze(value);
      }
      return value;
    };
    return freeze({ response: { data: structuredCloneSafe(body), status: 500 } }, 0);
  }),
  // Null-prototype objects at every level.
  providerBody.map((body) => () => {
    const bare = (value: unknown): unknown => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const copy = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(value)) copy[key] = bare((value as Record<string, unknown>)[key]);
      return copy;
    };
    return bare({ status: 502, headers: { 'x-request-id': 'R' }, data: body });
  }),
  // Getters that answer differently on each read (a value that changes while being inspected).
  providerBody.map((body) => () => {
    let reads = 0;
    const target: Record<string, unknown> = typeof body === 'object' && body !== null ? { ...body } : {};
    for (const key of ['Code', 'RequestId', 'Message', 'code', 'message', 'status']) {
      Object.defineProperty(target, key, { get: () => (++reads % 2 === 0 ? { nested: reads } : `value ${reads}`), enumerable: true });
    }
    return target;
  }),
  // Errors with a throwing stack, name and message, as hostile SDKs produce.
  fc.constant(() => {
    const error = new Error('x');
    for (const key of ['stack', 'name', 'message', 'code', 'cause']) Object.defineProperty(error, key, { get: boom });
    return error;
  }),
  // Values that are not records at all.
  fc.constantFrom<() => unknown>(() => Symbol('alone'), () => 10n ** 40n, () => () => 'fn', () => Object(Symbol('boxed')), () => new Date(NaN), () => /x/g),
];

function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return { Code: 'Uncloneable' };
  }
}

/** A hostile value recipe (call it to get a fresh value). */
export const hostileRecipe: fc.Arbitrary<() => unknown> = fc.oneof(
  ...hostileRecipes.map((recipe, index) =>
    recipe.map((make) => Object.assign(make, { [fc.toStringMethod]: () => `hostile recipe #${index}: ${make.toString().slice(0, 300)}` })),
  ),
);

// ---------------------------------------------------------------------------------------------
// Strings.

/** Pathological strings up to a few KB, some shaped to enter the JSON/XML/HTML/Tea parsers. */
export const pathologicalString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '{', '[', '<', '{"Code":"', '<Error><Code>', '<html><title>', 'Throttling: code: 503, ', 'request to https://vod.tencentcloudapi.com/ failed, reason: ', '(10008)', '20108:'),
      fc.array(fc.constantFrom(...PATHOLOGICAL_UNITS), { maxLength: 300 }),
    )
    .map(([prefix, units]) => prefix + units.join('')),
  fc.tuple(fc.constantFrom(...PATHOLOGICAL_UNITS), fc.integer({ min: 1, max: 3000 })).map(([unit, times]) => unit.repeat(times)),
);

const HUGE_PREFIXES = ['', '{', '[', '<', '{"Code":"', '{"Message":"', '<Error><Code>', '<Error><Message>', '<html><title>', 'AccessKeyId=', 'Authorization: Bearer ', 'X: code: 503, ', '  '];

/** Strings of 100 KB to 1 MB built from one to three pathological units, behind a parser-entering prefix. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...HUGE_PREFIXES),
    fc.array(fc.constantFrom(...PATHOLOGICAL_UNITS, 'a', 'AccessKeyId="', 'Signature=%3D', '<Code>x</Code>', '&#x3C;'), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 100 * 1024, max: 1024 * 1024 }),
  )
  .map(([prefix, units, length]) => {
    const unit = units.join('');
    return prefix + unit.repeat(Math.ceil(length / unit.length));
  });
