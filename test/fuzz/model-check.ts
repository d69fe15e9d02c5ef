// Shared checks of the fuzz suites: what a valid VodError is, whether the global prototypes
// were touched, and how long each call took. Browser-safe (the Chromium suites import it too).
import { isTrustedProviderUrl } from '../../src/core/links';
import { isVodErrorFormat } from '../../src/core/providers/registry';
import type { VodError } from '../../src/core';

const PROVIDERS = new Set(['aliyun', 'tencent', 'huawei', 'unknown']);
const CATEGORIES = new Set([
  'auth', 'permission', 'account', 'quota', 'rate-limit', 'invalid-request', 'not-found', 'conflict', 'server',
  'unavailable', 'network', 'timeout', 'aborted', 'success', 'unknown',
]);
const PARAM_KEYS = new Set(['parameter', 'taskId', 'videoId']);
const SEVERITIES = new Set(['info', 'warning', 'error']);
const FAULTS = new Set(['client', 'server', 'network']);
const LINK_KINDS = new Set(['docs', 'diagnosis', 'recommend', 'console', 'ticket']);
const MODEL_KEYS = new Set([
  'kind', 'provider', 'format', 'code', 'subCode', 'catalogCode', 'httpStatus', 'requestId', 'hostId', 'traceId',
  'message', 'params', 'category', 'severity', 'fault', 'retryable', 'retryAfterMs', 'links', 'timestamp', 'cause',
]);
// What cleanText promises to remove: C0/C1 controls but tab and newline, bidi controls, BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** Longest identifier and message the model keeps (see src/core/text.ts). */
export const IDENTIFIER_MAX = 128;
export const MESSAGE_MAX = 1000;

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : `${typeof value} ${String(value).slice(0, 80)}`;
  } catch {
    return typeof value;
  }
}

function identifierProblem(name: string, value: unknown, required: boolean): string | undefined {
  if (value === undefined) return required ? `${name} is missing` : undefined;
  if (typeof value !== 'string') return `${name} is ${describe(value)}, not a string`;
  if (value.length === 0) return `${name} is an empty string`;
  if (value.length > IDENTIFIER_MAX) return `${name} is ${value.length} characters long`;
  if (UNSAFE_CHARACTERS.test(value)) return `${name} keeps a control or bidi character: ${describe(value)}`;
  if (/\s/.test(value) && /[\n\r\t]/.test(value)) return `${name} keeps a line break or tab: ${describe(value)}`;
  if (value !== value.trim()) return `${name} is not trimmed: ${describe(value)}`;
  return undefined;
}

/** Everything wrong with a model, as sentences; empty when it is valid. */
export function modelProblems(error: unknown): string[] {
  const problems: string[] = [];
  if (typeof error !== 'object' || error === null) return [`the result is ${describe(error)}, not an object`];
  const model = error as VodError;
  for (const key of Object.keys(model)) if (!MODEL_KEYS.has(key)) problems.push(`unexpected field ${key}`);
  if (model.kind !== 'vod-error') problems.push(`kind is ${describe(model.kind)}`);
  if (!PROVIDERS.has(model.provider)) problems.push(`provider is ${describe(model.provider)}`);
  if (!isVodErrorFormat(model.format)) problems.push(`format is ${describe(model.format)}`);
  for (const [name, required] of [['code', true], ['subCode', false], ['catalogCode', false], ['requestId', false], ['hostId', false], ['traceId', false]] as const) {
    const problem = identifierProblem(name, model[name], required);
    if (problem !== undefined) problems.push(problem);
  }
  if (model.httpStatus !== undefined && !(Number.isInteger(model.httpStatus) && model.httpStatus >= 100 && model.httpStatus <= 599)) {
    problems.push(`httpStatus is ${describe(model.httpStatus)}`);
  }
  if (typeof model.message !== 'string') problems.push(`message is ${describe(model.message)}`);
  else {
    if (model.message.length > MESSAGE_MAX) problems.push(`message is ${model.message.length} characters long`);
    if (UNSAFE_CHARACTERS.test(model.message)) problems.push(`message keeps a control or bidi character: ${describe(model.message)}`);
  }
  if (typeof model.params !== 'object' || model.params === null || Array.isArray(model.params)) problems.push(`params is ${describe(model.params)}`);
  else {
    for (const key of Object.keys(model.params)) if (!PARAM_KEYS.has(key)) problems.push(`unexpected param ${key}`);
    // Task and video ids are identifiers the server sent: bounded, trimmed, no control characters.
    for (const key of ['taskId', 'videoId'] as const) {
      const problem = identifierProblem(`params.${key}`, model.params[key], false);
      if (problem !== undefined) problems.push(problem);
    }
    const parameter = model.params.parameter;
    if (parameter !== undefined && (typeof parameter !== 'string' || !/^[A-Za-z][A-Za-z0-9_.[\]]{0,63}$/.test(parameter))) {
      problems.push(`params.parameter is ${describe(parameter)}`);
    }
  }
  if (!CATEGORIES.has(model.category)) problems.push(`category is ${describe(model.category)}`);
  if (!SEVERITIES.has(model.severity)) problems.push(`severity is ${describe(model.severity)}`);
  if (!FAULTS.has(model.fault)) problems.push(`fault is ${describe(model.fault)}`);
  if (typeof model.retryable !== 'boolean') problems.push(`retryable is ${describe(model.retryable)}`);
  if (model.retryAfterMs !== undefined) {
    if (!model.retryable) problems.push('retryAfterMs is set on an error that is not retryable');
    if (typeof model.retryAfterMs !== 'number' || !Number.isFinite(model.retryAfterMs) || model.retryAfterMs < 0 || model.retryAfterMs > 300_000) {
      problems.push(`retryAfterMs is ${describe(model.retryAfterMs)}`);
    }
  }
  // The dialog and the support report print it with Date#toISOString, which throws past ±8.64e15.
  if (typeof model.timestamp !== 'number' || !(Math.abs(model.timestamp) <= 8.64e15)) problems.push(`timestamp is ${describe(model.timestamp)}, not a time a Date can hold`);
  if (!Array.isArray(model.links)) problems.push(`links is ${describe(model.links)}`);
  else {
    if (model.links.length > 5) problems.push(`${model.links.length} links`);
    for (const link of model.links) {
      if (!LINK_KINDS.has(link?.kind)) problems.push(`link kind ${describe(link?.kind)}`);
      if (typeof link?.url !== 'string' || !isTrustedProviderUrl(link.url, model.provider)) {
        problems.push(`link ${describe(link?.url)} is not an https link to a ${model.provider} domain`);
      }
    }
  }
  // What onError and the support dialog get must survive JSON (no BigInt, no cycles, no functions).
  try {
    const { cause: _cause, ...shown } = model;
    JSON.stringify(shown);
  } catch (failure) {
    problems.push(`the model without cause cannot be serialized: ${String(failure)}`);
  }
  return problems;
}

/** Throws (so fast-check shrinks and reports the input) when the model is not valid. */
export function assertValidModel(error: unknown): asserts error is VodError {
  const problems = modelProblems(error);
  if (problems.length > 0) throw new Error(`invalid VodError: ${problems.join('; ')}`);
}

/** The own property names of the prototypes a polluting parser would write to. */
export function prototypeSnapshot(): string {
  const names = (target: object) => Reflect.ownKeys(target).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map(names).join('|');
}

// Process CPU time, where there is one (Node): a busy machine delays a call without costing
// it CPU, so the smaller of wall and CPU time is what the call itself cost.
const cpuUsage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage;

function timed<T>(call: () => T): { result: T; elapsed: number } {
  const cpuBefore = cpuUsage?.();
  const started = performance.now();
  const result = call();
  const wall = performance.now() - started;
  if (cpuBefore === undefined || cpuUsage === undefined) return { result, elapsed: wall };
  const cpuAfter = cpuUsage();
  const cpu = (cpuAfter.user - cpuBefore.user + cpuAfter.system - cpuBefore.system) / 1000;
  return { result, elapsed: Math.min(wall, cpu) };
}

/** Max and total time of the calls measured, and how many. */
export class Timing {
  count = 0;
  totalMs = 0;
  maxMs = 0;
  /** Calls that exceeded the bound once but not when run again (GC pauses, a busy machine). */
  remeasured = 0;

  /**
   * Runs `call`, timing it (the smaller of wall and process CPU time). A call over `boundMs`
   * is run up to four more times and its fastest time kept: catastrophic behaviour
   * (backtracking, unbounded recursion) is slow every time, a garbage-collection pause is not.
   */
  measure<T>(call: () => T, boundMs: number): T {
    let { result, elapsed } = timed(call);
    if (elapsed > boundMs) {
      this.remeasured++;
      for (let attempt = 0; attempt < 4 && elapsed > boundMs; attempt++) {
        const again = timed(call);
        result = again.result;
        elapsed = Math.min(elapsed, again.elapsed);
      }
    }
    this.count++;
    this.totalMs += elapsed;
    this.maxMs = Math.max(this.maxMs, elapsed);
    return result;
  }
}
