import type { Draft } from '../../draft.js';
import { readKey, readString } from '../../read.js';

/**
 * `TencentCloudSDKHttpException` (tencentcloud-sdk-nodejs-common): its `name` is `"Error"`, so
 * the class name is read from the constructor. A JSON copy keeps only `requestId` and `traceId`
 * (both always set, possibly empty), plus `code` or, for non-200 replies, `httpCode`: an object
 * made of exactly those fields is taken for one, anything with more fields is not.
 * Its `code`, `requestId` and `traceId` are read with every SDK's fields (`formats/sdk-fields.ts`).
 */
export function readTencentSdkException(value: object, draft: Draft): void {
  if (isTencentSdkException(value)) draft.provider ??= 'tencent';
}

function isTencentSdkException(value: object): boolean {
  if (readString(readKey(value, 'constructor'), 'name') === 'TencentCloudSDKHttpException') return true;
  if (typeof readKey(value, 'traceId') !== 'string' || typeof readKey(value, 'requestId') !== 'string') return false;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return false;
  }
  return keys.length <= TENCENT_SDK_FIELDS.size && keys.every((key) => TENCENT_SDK_FIELDS.has(key));
}

// Own enumerable fields of the exception, plus what an app adds when it spreads it.
const TENCENT_SDK_FIELDS = new Set(['requestId', 'traceId', 'code', 'httpCode', 'name', 'message', 'stack']);
