import { present, type Draft } from '../../draft.js';
import { asText, guarded, isRecord } from '../../read.js';
import { defineFormat } from '../types.js';
import { tencentCatalog } from './catalog.js';

/**
 * Tencent Cloud API 3.0: `{ Response: { Error: { Code, Message }, RequestId } }`, sent with
 * HTTP 200, so the status never classifies it.
 */
export function readTencentV3Body(body: unknown, draft: Draft): boolean {
  if (!isRecord(body)) return false;
  const response = guarded(() => (body as TencentV3Body).Response);
  if (!isRecord(response)) return false;
  const error = guarded(() => (response as TencentV3Response).Error);
  if (!isRecord(error)) return false;
  const code = asText(guarded(() => (error as TencentV3Error).Code));
  if (code === undefined) return false;
  draft.provider ??= 'tencent';
  draft.format ??= 'tencent-v3';
  draft.code ??= present(code);
  draft.message ??= present(asText(guarded(() => (error as TencentV3Error).Message)));
  draft.requestId ??= present(asText(guarded(() => (response as TencentV3Response).RequestId)));
  return true;
}

interface TencentV3Body {
  readonly Response?: unknown;
}
interface TencentV3Response {
  readonly Error?: unknown;
  readonly RequestId?: unknown;
}
interface TencentV3Error {
  readonly Code?: unknown;
  readonly Message?: unknown;
}

// Which text file explains a code, by its first segment: parameter children are many (about
// 200 `InvalidParameterValue.*`), task codes only matter to apps that process media.
const PARAMETER_PARENTS = new Set(['InvalidParameter', 'InvalidParameterValue', 'MissingParameter', 'UnknownParameter']);
const TASK_PARENTS = new Set(['InvalidInput', 'SourceFileError']);

/**
 * Which text file explains a Tencent 3.0 or task code.
 *
 * @example
 * ```ts
 * tencentResourceFor('SourceFileError.NoVideoMedia'); // 'tencent-tasks'
 * ```
 */
export function tencentResourceFor(code: string): string {
  const dot = code.indexOf('.');
  const head = dot === -1 ? code : code.slice(0, dot);
  if (TASK_PARENTS.has(head) || /^\d+$/.test(code)) return 'tencent-tasks';
  if (dot !== -1 && PARAMETER_PARENTS.has(head)) return 'tencent-parameters';
  // The Go SDK's own failures (thrown before or after the call, relayed by backends).
  if (head === 'ClientError') return 'tencent-client';
  return 'tencent';
}

/** Tencent Cloud API 3.0 (VOD 2018-07-17): https://cloud.tencent.com/document/api/266/31774 */
export const tencentV3Format = defineFormat({
  id: 'tencent-v3',
  provider: 'tencent',
  catalog: tencentCatalog,
  readBody: readTencentV3Body,
  bodyKeys: ['Response'],
  statusSaysNothing: true,
  catalogNamesProvider: true,
  resources: ['tencent', 'tencent-parameters', 'tencent-tasks', 'tencent-client'],
  resourceFor: tencentResourceFor,
});
