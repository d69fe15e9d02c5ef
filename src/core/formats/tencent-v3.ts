import { fill, type Draft } from '../draft.js';
import { isRecord, readKey, readString } from '../read.js';

/**
 * Tencent Cloud API 3.0: `{ Response: { Error: { Code, Message }, RequestId } }`, sent with
 * HTTP 200, so the status never classifies it.
 */
export function readTencentV3Body(body: unknown, draft: Draft): boolean {
  const response = readKey(body, 'Response');
  if (!isRecord(response)) return false;
  const error = readKey(response, 'Error');
  const code = readString(error, ['Code']);
  if (code === undefined) return false;
  fill(draft, 'provider', 'tencent');
  fill(draft, 'format', 'tencent-v3');
  fill(draft, 'code', code);
  fill(draft, 'message', readString(error, ['Message']));
  fill(draft, 'requestId', readString(response, ['RequestId']));
  return true;
}
