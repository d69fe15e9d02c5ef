import { present, type Draft } from '../../draft.js';
import { isRecord, readKey, readString } from '../../read.js';
import { defineFormat } from '../types.js';
import { tencentCatalog } from './catalog.js';

/**
 * Tencent Cloud API 3.0: `{ Response: { Error: { Code, Message }, RequestId } }`, sent with
 * HTTP 200, so the status never classifies it.
 */
export function readTencentV3Body(body: unknown, draft: Draft): boolean {
  const response = readKey(body, 'Response');
  if (!isRecord(response)) return false;
  const error = readKey(response, 'Error');
  const code = readString(error, 'Code');
  if (code === undefined) return false;
  draft.provider ??= 'tencent';
  draft.format ??= 'tencent-v3';
  draft.code ??= present(code);
  draft.message ??= present(readString(error, 'Message'));
  draft.requestId ??= present(readString(response, 'RequestId'));
  return true;
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
