import { fill, type Draft } from '../draft.js';
import type { VodProvider } from '../model.js';
import { readKey, readString, toHttpStatus } from '../read.js';

export type StorageFormat = NonNullable<Draft['storage']>;

export const STORAGE_PROVIDER: Readonly<Record<StorageFormat, Exclude<VodProvider, 'unknown'>>> = {
  'aliyun-oss': 'aliyun',
  'tencent-cos': 'tencent',
  'huawei-obs': 'huawei',
};

// Storage endpoints, as in upload URLs and `HostId`: `bucket.oss-cn-hangzhou.aliyuncs.com`,
// `bucket-1250000000.cos.ap-guangzhou.myqcloud.com`, `bucket.obs.cn-north-4.myhuaweicloud.com`.
const STORAGE_HOSTS: ReadonlyArray<readonly [RegExp, StorageFormat]> = [
  [/(?:^|[./])oss(?:-[a-z0-9-]+)?\.aliyuncs\.com(?![a-z0-9.-]*[a-z0-9])/i, 'aliyun-oss'],
  [/(?:^|[./])cos\.[a-z0-9-]+\.myqcloud\.com(?![a-z0-9.-]*[a-z0-9])/i, 'tencent-cos'],
  [/(?:^|[./])obs(?:\.[a-z0-9-]+)?\.myhuaweicloud\.com(?![a-z0-9.-]*[a-z0-9])/i, 'huawei-obs'],
];

/** The storage service a host name (or a URL or message holding one) belongs to. */
export function storageFromHost(text: string): StorageFormat | undefined {
  const head = text.length > 2048 ? text.slice(0, 2048) : text;
  for (const [pattern, format] of STORAGE_HOSTS) if (pattern.test(head)) return format;
  return undefined;
}

/**
 * An object-storage error body, from XML (`<Error><Code/><Message/><RequestId/><HostId/>…`) or
 * JSON, or the OBS browser SDK's `CommonMsg`. The service is told by a field only it sends
 * (COS `TraceId`, OSS `EC`) or by the storage host in `HostId`; a body that names none is left to
 * the headers and the request URL (see `resolveStorage`).
 */
export function readStorageBody(body: unknown, draft: Draft): boolean {
  // esdk-obs-browserjs: `{ CommonMsg: { Status, Code, Message, HostId, RequestId } }`.
  const common = readKey(body, 'CommonMsg');
  const status = toHttpStatus(readKey(common, 'Status'));
  if (status !== undefined && status >= 300 && readString(common, ['Code']) !== undefined) {
    draft.storage ??= 'huawei-obs';
    return readFields(common, draft, status);
  }
  const code = readString(body, ['Code']);
  if (code === undefined) return false;
  const hostId = readString(body, ['HostId']);
  const storage =
    (hostId === undefined ? undefined : storageFromHost(hostId)) ??
    (readKey(body, 'TraceId') !== undefined ? 'tencent-cos' : readKey(body, 'EC') !== undefined ? 'aliyun-oss' : undefined);
  if (storage === undefined) return false;
  draft.storage ??= storage;
  return readFields(body, draft, undefined);
}

function readFields(body: unknown, draft: Draft, status: number | undefined): boolean {
  fill(draft, 'provider', STORAGE_PROVIDER[draft.storage as StorageFormat]);
  fill(draft, 'format', draft.storage);
  fill(draft, 'code', readString(body, ['Code']));
  fill(draft, 'message', readString(body, ['Message']));
  fill(draft, 'requestId', readString(body, ['RequestId']));
  fill(draft, 'hostId', readString(body, ['HostId']));
  fill(draft, 'traceId', readString(body, ['TraceId']));
  fill(draft, 'httpStatus', status);
  return true;
}

/**
 * Decides, once everything is read, whether the error came from object storage. A storage
 * header or body field decides alone; a storage host in the request URL only when no API body
 * was read and the code is one storage sends (`isStorageCode`), since the upload SDKs also report
 * their own codes beside the storage endpoint.
 */
export function resolveStorage(draft: Draft, isStorageCode: (format: StorageFormat, code: string) => boolean): StorageFormat | undefined {
  const apiBody = draft.format !== undefined && draft.format !== 'aliyun-rpc';
  if (draft.storage !== undefined) return apiBody && draft.format !== draft.storage ? undefined : draft.storage;
  if (apiBody || draft.code === undefined) return undefined;
  const fromHostId = draft.hostId === undefined ? undefined : storageFromHost(draft.hostId);
  if (fromHostId !== undefined) return fromHostId;
  if (draft.format === 'aliyun-rpc') return undefined;
  for (const hint of draft.hostHints) {
    const format = storageFromHost(hint);
    if (format !== undefined) return isStorageCode(format, draft.code) ? format : undefined;
  }
  return undefined;
}

/**
 * The more precise reason some storage replies carry only in their message: `AccessDenied`
 * with "Request has expired" (the signed upload URL or session ran out), a token "has expired"
 * (the temporary credential ran out). Reported as `subCode`, classified from the storage table.
 */
export function storageSubCode(code: string, message: string): string | undefined {
  if (code === 'RequestExpired' || code === 'ExpiredToken') return undefined;
  const head = message.slice(0, 300);
  if (/request has expired/i.test(head)) return 'RequestExpired';
  if (/token\b.{0,60}\bexpired|expired\b.{0,20}\btoken/i.test(head)) return 'ExpiredToken';
  return undefined;
}
