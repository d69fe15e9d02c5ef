import { present, type Draft } from '../draft.js';
import type { VodProvider } from '../model.js';
import { asText, guarded, readKey, readString, toHttpStatus } from '../read.js';
import { memoizeText } from '../memo.js';
import { readXmlErrorFields } from './xml-text.js';

export type StorageFormat = NonNullable<Draft['storage']>;

/**
 * The provider each storage service belongs to.
 *
 * @example
 * ```ts
 * STORAGE_PROVIDER['huawei-obs']; // 'huawei'
 * ```
 */
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

/**
 * The storage service a host name (or a URL or message holding one) belongs to. HostIds and
 * endpoints repeat from error to error: their answer is remembered.
 *
 * @example
 * ```ts
 * storageFromHost('https://vod-1250000000.cos.ap-guangzhou.myqcloud.com/clip.mp4'); // 'tencent-cos'
 * ```
 */
export const storageFromHost: (text: string) => StorageFormat | undefined = memoizeText(scanStorageHosts);

function scanStorageHosts(text: string): StorageFormat | undefined {
  const head = text.length > 2048 ? text.slice(0, 2048) : text;
  for (const [pattern, format] of STORAGE_HOSTS) if (pattern.test(head)) return format;
  return undefined;
}

const STORAGE_XML_FIELDS = ['Code', 'Message', 'RequestId', 'HostId', 'TraceId', 'EC'] as const;

// The three storage formats ask one after another about the same body in the same walk: answer
// once. Keyed by the draft too, so a body mutated between two normalizations is read afresh.
let lastBodyAsked: object | undefined;
let lastDraftAsked: Draft | undefined;
let lastBodyStorage: StorageFormat | undefined;

function cachedStorageOfBody(body: object, draft: Draft): StorageFormat | undefined {
  if (body !== lastBodyAsked || draft !== lastDraftAsked) {
    lastBodyStorage = storageOfBody(body);
    lastBodyAsked = body;
    lastDraftAsked = draft;
  }
  return lastBodyStorage;
}

/**
 * The storage service an error body (one with a `Code`) names by its own fields: a storage host
 * in `HostId`, COS `TraceId`, OSS `EC`.
 */
function storageOfBody(body: object): StorageFormat | undefined {
  const fields = body as StorageBody;
  if (asText(guarded(() => fields.Code)) === undefined) return undefined;
  const hostId = asText(guarded(() => fields.HostId));
  const byHost = hostId === undefined ? undefined : storageFromHost(hostId);
  if (byHost !== undefined) return byHost;
  if (guarded(() => fields.TraceId) !== undefined) return 'tencent-cos';
  if (guarded(() => fields.EC) !== undefined) return 'aliyun-oss';
  return undefined;
}

interface StorageBody {
  readonly CommonMsg?: unknown;
  readonly Code?: unknown;
  readonly HostId?: unknown;
  readonly TraceId?: unknown;
  readonly EC?: unknown;
}

/**
 * The body and XML readers of one storage service's format. An error body (JSON, or the XML
 * `<Error><Code/><Message/><RequestId/>…`) is the service's when a field only it sends names it;
 * the OBS browser SDK's `{ CommonMsg: { Status, Code, Message, HostId, RequestId } }` is OBS's.
 * A body naming no service is left to the API formats, and the headers and request URL decide
 * later (see `resolveStorage`).
 *
 * @example
 * ```ts
 * const { readBody, readXml } = storageReaders('tencent-cos');
 * ```
 */
export function storageReaders(format: StorageFormat): {
  readonly readBody: (body: object, draft: Draft) => boolean;
  readonly readXml: (xml: string, draft: Draft) => boolean;
} {
  const readBody = (body: object, draft: Draft): boolean => {
    if (format === 'huawei-obs') {
      const common = guarded(() => (body as StorageBody).CommonMsg);
      const status = toHttpStatus(readKey(common, 'Status'));
      if (status !== undefined && status >= 300 && readString(common, 'Code') !== undefined) return readFields(common, draft, format, status);
    }
    return cachedStorageOfBody(body, draft) === format && readFields(body, draft, format, undefined);
  };
  const readXml = (xml: string, draft: Draft): boolean => {
    const body = parseStorageXml(xml);
    return body !== undefined && readBody(body, draft);
  };
  return { readBody, readXml };
}

/** Storage error bodies are a few hundred bytes; a longer text is not one worth scanning whole. */
const MAX_STORAGE_XML_LENGTH = 16 * 1024;
// The three storage formats read the same text one after another: parse it once.
let lastXml: string | undefined;
let lastBody: Partial<Record<(typeof STORAGE_XML_FIELDS)[number], string>> | undefined;

function parseStorageXml(xml: string): typeof lastBody {
  if (xml.length > MAX_STORAGE_XML_LENGTH) return undefined;
  if (xml !== lastXml) {
    lastXml = xml;
    lastBody = readXmlErrorFields(xml, STORAGE_XML_FIELDS);
  }
  return lastBody;
}

function readFields(body: unknown, draft: Draft, format: StorageFormat, status: number | undefined): boolean {
  draft.storage ??= format;
  draft.provider ??= present(STORAGE_PROVIDER[format]);
  draft.format ??= present(format);
  draft.code ??= present(readString(body, 'Code'));
  draft.message ??= present(readString(body, 'Message'));
  draft.requestId ??= present(readString(body, 'RequestId'));
  draft.hostId ??= present(readString(body, 'HostId'));
  draft.traceId ??= present(readString(body, 'TraceId'));
  draft.httpStatus ??= present(status);
  return true;
}

/**
 * Decides, once everything is read, whether the error came from object storage. A storage
 * header or body field decides alone; a storage host in the request URL only when no API body
 * was read and the code is one storage sends (`isStorageCode`), since the upload SDKs also report
 * their own codes beside the storage endpoint.
 *
 * @example
 * ```ts
 * resolveStorage({ code: 'NoSuchUpload', storage: 'huawei-obs', hostHints: [] }, () => true); // 'huawei-obs'
 * ```
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
 * Settles a direct-upload storage error once everything is read (see `resolveStorage`): sets
 * its provider and format, and the reason its message carries (`subCode`).
 *
 * @example
 * ```ts
 * applyStorage(draft, (format, code) => code in storageCatalog(format)); // draft.format: 'tencent-cos'
 * ```
 */
export function applyStorage(draft: Draft, isStorageCode: (format: StorageFormat, code: string) => boolean): void {
  const storage = resolveStorage(draft, isStorageCode);
  if (storage === undefined) return;
  draft.provider = STORAGE_PROVIDER[storage];
  draft.format = storage;
  if (draft.code !== undefined && draft.message !== undefined) draft.subCode ??= storageSubCode(draft.code, draft.message);
}

/**
 * The more precise reason some storage replies carry only in their message: `AccessDenied`
 * with "Request has expired" (the signed upload URL or session ran out), a token "has expired"
 * (the temporary credential ran out). Reported as `subCode`, classified from the storage table.
 *
 * @example
 * ```ts
 * storageSubCode('AccessDenied', 'Request has expired'); // 'RequestExpired'
 * ```
 */
export function storageSubCode(code: string, message: string): string | undefined {
  if (code === 'RequestExpired' || code === 'ExpiredToken') return undefined;
  const head = message.slice(0, 300);
  if (/request has expired/i.test(head)) return 'RequestExpired';
  if (/token\b.{0,60}\bexpired|expired\b.{0,20}\btoken/i.test(head)) return 'ExpiredToken';
  return undefined;
}
