// Normalization speed, run in its own Node process (a clean isolate, no bundler in the heap).
// argv[2]: the core bundled from src by rolldown. Prints one JSON object on stdout.
import { pathToFileURL } from 'node:url';

const { normalizeVodError } = await import(pathToFileURL(process.argv[2]).href);

const WARMUP_MS = 150;
const ROUND_MS = 60;
const ROUNDS = 7;
const BATCH = 256;
/** Distinct inputs per case: enough that nothing is one cached object, few enough to stay in cache. */
const VARIANTS = 64;

const hex = (n, width) => n.toString(16).padStart(width, '0');
const uuid = (i) => `${hex(0x9e3779b9 * (i + 1) >>> 0, 8)}-${hex(i & 0xffff, 4)}-4a1b-8c2d-${hex(i * 7919, 12)}`;

/** One realistic error body per provider, as the API sends it (see the fixtures in test/). */
const bodies = {
  'Alibaba (RPC JSON)': (i) => ({
    RequestId: uuid(i).toUpperCase(),
    HostId: 'vod.cn-shanghai.aliyuncs.com',
    Code: 'InvalidVideo.NotFound',
    Message: 'The video does not exist.',
    // As Alibaba writes it (`product=Vod`, shared/PROVIDERS.md and the fixtures in test/core): the
    // kit recognises its own diagnosis link in it. Before issue 12's last pass this read `vod`.
    Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod&requestId=${uuid(i).toUpperCase()}`,
  }),
  'Tencent API 3.0': (i) => ({
    Response: {
      Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' },
      RequestId: uuid(i),
    },
  }),
  'Tencent legacy (dual code)': () => ({ code: 4000, message: '(10008)fileId does not exist', codeDesc: 'InvalidParameter' }),
  'Huawei': (i) => ({ error_code: 'VOD.10053', error_msg: 'The media asset does not exist.', request_id: hex(i * 2654435761, 32) }),
};

let sink = 0;

// CPU time of this process (user + system), not wall time: other work on a shared machine
// delays the process but does not make the code slower, and must not move the figures.
const cpuNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

/** Operations per CPU-second of `fn` over `inputs`, for about `ms` milliseconds of CPU. */
function opsPerSecond(fn, inputs, ms) {
  const mask = inputs.length - 1;
  let done = 0;
  const start = cpuNs();
  const budgetNs = ms * 1e6;
  let elapsedNs;
  do {
    for (let k = 0; k < BATCH; k++) sink ^= fn(inputs[(done + k) & mask]);
    done += BATCH;
    elapsedNs = cpuNs() - start;
  } while (elapsedNs < budgetNs);
  return (done * 1e9) / elapsedNs;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const normalizeObject = (body) => normalizeVodError(body).code.length;
const normalizeString = (text) => normalizeVodError(text).code.length;
const bareParse = (text) => (JSON.parse(text) === null ? 1 : 0);

// Sanity: each body must come out as its provider's, or the figure measures the wrong path.
const expected = { 'Alibaba (RPC JSON)': 'aliyun', 'Tencent API 3.0': 'tencent', 'Tencent legacy (dual code)': 'tencent', Huawei: 'huawei' };
const parsed = [];
const strings = [];
for (const [name, make] of Object.entries(bodies)) {
  const objects = Array.from({ length: VARIANTS }, (_, i) => make(i));
  const texts = objects.map((o) => JSON.stringify(o));
  const check = normalizeVodError(objects[0]);
  if (check.provider !== expected[name] || check.category === 'unknown') {
    throw new Error(`${name}: normalized as ${check.provider}/${check.category}`);
  }
  if (normalizeVodError(texts[0]).code !== check.code) throw new Error(`${name}: string body normalized differently`);

  opsPerSecond(normalizeObject, objects, WARMUP_MS);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(opsPerSecond(normalizeObject, objects, ROUND_MS));
  parsed.push({ name, code: check.code, opsPerSecond: median(rounds), rounds });

  opsPerSecond(normalizeString, texts, WARMUP_MS);
  opsPerSecond(bareParse, texts, WARMUP_MS);
  const parseRounds = [];
  const normalizeRounds = [];
  // Interleaved, so drift (thermal, GC) hits both alike.
  for (let r = 0; r < ROUNDS; r++) {
    parseRounds.push(opsPerSecond(bareParse, texts, ROUND_MS));
    normalizeRounds.push(opsPerSecond(normalizeString, texts, ROUND_MS));
  }
  const parseOps = median(parseRounds);
  const normalizeOps = median(normalizeRounds);
  strings.push({
    name,
    bodyBytes: Math.round(texts.reduce((t, s) => t + s.length, 0) / texts.length),
    jsonParseNs: 1e9 / parseOps,
    normalizeNs: 1e9 / normalizeOps,
    ratio: parseOps / normalizeOps,
    // What the string path adds on top of normalizing the parsed object, in JSON.parse units:
    // about 1 means the string is parsed once and nothing else is paid for it.
    stringOverheadRatio: (1e9 / normalizeOps - 1e9 / parsed[parsed.length - 1].opsPerSecond) / (1e9 / parseOps),
  });
}

// Hostile 1 MB strings (and objects holding them): each must normalize in bounded time.
const MB = 1024 * 1024;
const fill = (unit, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const hostile = {
  'unterminated JSON `{"Code":"aaa…`': '{"Code":"' + fill('a'),
  '`"` and `\\` alternating': fill('"\\'),
  'JSON string of escaped quotes `{"Message":"\\"\\"…`': '{"Message":"' + fill('\\"'),
  '`AccessKeyId=` repeated': fill('AccessKeyId='),
  'valid JSON, 1 MB Message of `AccessKeyId=`': JSON.stringify({ Code: 'InvalidParameter', Message: fill('AccessKeyId=', MB - 64) }),
  '`<title>` repeated': fill('<title>'),
  '`<html><title>` + 1 MB unclosed title': '<html><title>' + fill('5'),
  'XML `<Error><Code>` unclosed': '<Error><Code>' + fill('a'),
  '`<Code>` repeated': fill('<Code>'),
  '`[` nesting (1 MB)': fill('['),
  'valid nested arrays 512 KB deep': '['.repeat(MB / 2) + ']'.repeat(MB / 2),
  'Tea message prefix + 1 MB': 'InvalidVideo.NotFound: code: 404, ' + fill('x'),
  'whitespace then text': fill(' ') + 'x',
  '`Bearer ` repeated': fill('Bearer '),
  '`TC3-HMAC-SHA256 ` repeated': fill('TC3-HMAC-SHA256 '),
  '`https://a:b@` repeated': fill('https://a:b@'),
  '`(10008)` dual codes': JSON.stringify({ code: 4000, message: fill('(10008)', MB - 64) }),
  'object: 1 MB Code': { Code: fill('A'), Message: 'x', RequestId: fill('B') },
  'object: 1 MB Huawei error_code': { error_code: 'VOD.' + fill('1'), error_msg: fill('\u202e') },
  'object: 1 MB url and message': { message: fill('request to https://'), url: fill('aliyuncs.com.') },
  'object: 1 MB `LTAI` key ids': { Code: 'X', Message: fill('LTAI1234567890abcdef ') },
};
const HOSTILE_RUNS = 5;
const worst = [];
for (const [name, input] of Object.entries(hostile)) {
  const times = [];
  for (let r = 0; r < HOSTILE_RUNS; r++) {
    const start = cpuNs();
    sink ^= normalizeVodError(input).code.length;
    times.push((cpuNs() - start) / 1e6);
  }
  worst.push({ name, bytes: typeof input === 'string' ? input.length : undefined, maxMs: Math.max(...times), medianMs: median(times) });
}

process.stdout.write(JSON.stringify({ node: process.version, parsed, strings, hostile: worst, sink: sink & 1 }));
