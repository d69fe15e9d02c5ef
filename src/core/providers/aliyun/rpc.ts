import { present, type Draft } from '../../draft.js';
import { readXmlErrorFields } from '../../formats/xml-text.js';
import { detectProviderFromText } from '../hosts.js';
import { asText, guarded, isRecord } from '../../read.js';
import { defineFormat } from '../types.js';
import { aliyunCatalog } from './catalog.js';

// Alibaba RequestIds are upper-case UUIDs; Tencent's are lower-case. A weak but useful signal
// when a `{Code, Message, RequestId}` object arrives without its envelope.
const ALIYUN_REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/**
 * Alibaba Cloud RPC error body (JSON form; the XML form is read into the same shape):
 * `{ RequestId, HostId, Code, Message, Recommend }`.
 * Also matches a bare `{ Code, Message }`, whose provider is then left to other signals.
 */
export function readAliyunBody(body: unknown, draft: Draft): boolean {
  if (!isRecord(body)) return false;
  const fields = body as AliyunBody;
  const code = asText(guarded(() => fields.Code));
  if (code === undefined) return false;
  const requestId = asText(guarded(() => fields.RequestId));
  const hostId = asText(guarded(() => fields.HostId));
  const recommend = asText(guarded(() => fields.Recommend));
  // Huawei OBS error bodies carry a HostId too, naming a Huawei host.
  const hostProvider = hostId === undefined ? undefined : detectProviderFromText(hostId);
  if (hostProvider !== undefined && hostProvider !== 'aliyun') draft.provider ??= present(hostProvider);
  const isAliyun =
    hostProvider === 'aliyun' ||
    (hostProvider === undefined &&
      (hostId !== undefined || recommend !== undefined || (requestId !== undefined && ALIYUN_REQUEST_ID.test(requestId))));
  if (isAliyun) {
    draft.provider ??= 'aliyun';
    draft.format ??= 'aliyun-rpc';
  }
  draft.code ??= present(code);
  draft.message ??= present(asText(guarded(() => fields.Message)));
  draft.requestId ??= present(requestId);
  draft.hostId ??= present(hostId);
  draft.recommend ??= present(recommend);
  // Tea's `data` repeats the status beside the body.
  const status = guarded(() => fields.statusCode);
  if (typeof status === 'number') draft.httpStatus ??= present(status);
  return true;
}

interface AliyunBody {
  readonly Code?: unknown;
  readonly Message?: unknown;
  readonly RequestId?: unknown;
  readonly HostId?: unknown;
  readonly Recommend?: unknown;
  readonly statusCode?: unknown;
}

const XML_FIELDS = ['RequestId', 'HostId', 'Code', 'Message', 'Recommend'] as const;

/** `<Error><RequestId/><HostId/><Code/><Message/><Recommend/></Error>`. */
function readAliyunXml(xml: string, draft: Draft): boolean {
  const body = readXmlErrorFields(xml, XML_FIELDS);
  return body !== undefined && readAliyunBody(body, draft);
}

// Domain, certificate, origin and CDN cache codes of the admin APIs are explained in
// aliyun-domains.json (with them aliyun.json would pass 8 KB gzip); the rule is this prefix list.
const DOMAIN_CODE = /^(?:Certificate\.|InvalidCert|SSLP|InvalidSSL|SetDomainSSL|Invaild|Domain|InvalidDomain|BusinessExist|IllegalOperation|InnerAddDomain|NotInternation|EntityNotExists\.ResourceGroup|InvalidStatus\.ResourceGroup|InvalidResourceGroup|InvalidCdnType|CdnType|InvalidRegion\.|InvalidScope\.|InvalidPage|Extensive|InvalidExtensive|InvalidSource|InvalidTypeContent|InvalidPriorities|InvalidFunction|InvalidArg(?:Name|Value)\.|DeleteF|InvalidObject|InvalidTaskId|Quota(?:PerMinute)?Exceeded\.Refresh|PreloadQueueFull|ServiceBusy|InvalidParameter(?:Area|Field|Interval|Product)|InvalidStartTime\.ValueNotSupported)/;

/**
 * The text file that explains an Alibaba VOD API code: `aliyun-domains` for domain,
 * certificate, origin and CDN cache codes, `aliyun` for the rest.
 *
 * @example
 * ```ts
 * aliyunApiResourceFor('Certificate.MissMatch'); // 'aliyun-domains'
 * ```
 */
export function aliyunApiResourceFor(code: string): 'aliyun' | 'aliyun-domains' {
  return DOMAIN_CODE.test(code) ? 'aliyun-domains' : 'aliyun';
}

/**
 * ApsaraVideo VOD's RPC API (2017-03-21), JSON or XML, and the upload SDK's client codes.
 * https://www.alibabacloud.com/help/en/vod/developer-reference/api-vod-2017-03-21-overview
 */
export const aliyunRpcFormat = defineFormat({
  id: 'aliyun-rpc',
  provider: 'aliyun',
  catalog: aliyunCatalog,
  readBody: readAliyunBody,
  bodyKeys: ['Code'],
  readXml: readAliyunXml,
  catalogNamesProvider: true,
  resources: ['aliyun', 'aliyun-domains'],
  resourceFor: aliyunApiResourceFor,
});
