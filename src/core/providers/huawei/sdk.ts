import { present, type Draft } from '../../draft.js';
import { readPlainMessage } from '../../formats/text-body.js';
import { readString } from '../../read.js';

// The Huawei SDK core's exception classes. Their `name` is an own property, so it survives
// `JSON.stringify`; transport failures arrive as the base class with only `errorMsg` set.
const HUAWEI_EXCEPTIONS = new Set(['ClientRequestException', 'ServerResponseException', 'ServiceResponseException']);

/**
 * Huawei SDK (@huaweicloud/huaweicloud-sdk-core): `ClientRequestException` /
 * `ServerResponseException` with `errorCode` and `errorMsg`, and for transport failures the
 * base `ServiceResponseException` with only `errorMsg` ("connect ECONNREFUSED …"), which a JSON
 * copy keeps while it drops `message`.
 */
export function readHuaweiSdkException(value: object, draft: Draft): void {
  const name = readString(value, 'name');
  if (name !== undefined && HUAWEI_EXCEPTIONS.has(name) && (hasKey(value, 'errorMsg') || hasKey(value, 'httpStatusCode'))) {
    draft.provider ??= 'huawei';
  }
  const errorCode = readString(value, 'errorCode');
  const errorMsg = readString(value, 'errorMsg');
  if (errorCode !== undefined) {
    draft.code ??= present(errorCode);
    draft.message ??= present(errorMsg);
  } else if (errorMsg !== undefined) {
    readPlainMessage(errorMsg, draft);
  }
}

function hasKey(value: object, key: string): boolean {
  try {
    return key in value;
  } catch {
    return false;
  }
}
