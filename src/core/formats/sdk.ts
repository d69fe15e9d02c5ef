import { fill, type Draft } from '../draft.js';
import { readKey, readString } from '../read.js';

// The Huawei SDK core's exception classes. Their `name` is an own property, so it survives
// `JSON.stringify`; transport failures arrive as the base class with only `errorMsg` set.
const HUAWEI_EXCEPTIONS = new Set(['ClientRequestException', 'ServerResponseException', 'ServiceResponseException']);

/**
 * Recognises the official SDKs' exceptions by the fields only they set, for the cases where
 * nothing else in the value names the provider: a Tencent SDK error for a non-200 reply
 * (`httpCode` and a status text, no code), a Huawei SDK transport failure (`errorMsg` only).
 */
export function readSdkProvider(value: object, draft: Draft): void {
  const name = readString(value, ['name']);
  if (name !== undefined && HUAWEI_EXCEPTIONS.has(name) && (hasKey(value, 'errorMsg') || hasKey(value, 'httpStatusCode'))) {
    fill(draft, 'provider', 'huawei');
    return;
  }
  if (isTencentSdkException(value)) fill(draft, 'provider', 'tencent');
}

/**
 * `TencentCloudSDKHttpException` (tencentcloud-sdk-nodejs-common): its `name` is `"Error"`, so
 * the class name is read from the constructor. A JSON copy keeps only `requestId` and `traceId`
 * (both always set, possibly empty), plus `code` or, for non-200 replies, `httpCode`: an object
 * made of exactly those fields is taken for one, anything with more fields is not.
 */
function isTencentSdkException(value: object): boolean {
  if (readString(readKey(value, 'constructor'), ['name']) === 'TencentCloudSDKHttpException') return true;
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

function hasKey(value: object, key: string): boolean {
  try {
    return key in value;
  } catch {
    return false;
  }
}
