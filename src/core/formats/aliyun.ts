import { fill, type Draft } from '../draft.js';
import { detectProviderFromText } from '../provider-hosts.js';
import { readKey, readString } from '../read.js';

// Alibaba RequestIds are upper-case UUIDs; Tencent's are lower-case. A weak but useful signal
// when a `{Code, Message, RequestId}` object arrives without its envelope.
const ALIYUN_REQUEST_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

/**
 * Alibaba Cloud RPC error body (JSON form; the XML form is turned into the same shape by
 * `readXmlErrorBody`): `{ RequestId, HostId, Code, Message, Recommend }`.
 * Also matches a bare `{ Code, Message }`, whose provider is then left to other signals.
 */
export function readAliyunBody(body: unknown, draft: Draft): boolean {
  const code = readString(body, ['Code']);
  if (code === undefined) return false;
  const requestId = readString(body, ['RequestId']);
  const hostId = readString(body, ['HostId']);
  const recommend = readString(body, ['Recommend']);
  // Huawei OBS error bodies carry a HostId too, naming a Huawei host.
  const hostProvider = hostId === undefined ? undefined : detectProviderFromText(hostId);
  if (hostProvider !== undefined && hostProvider !== 'aliyun') fill(draft, 'provider', hostProvider);
  const isAliyun =
    hostProvider === 'aliyun' ||
    (hostProvider === undefined &&
      (hostId !== undefined || recommend !== undefined || (requestId !== undefined && ALIYUN_REQUEST_ID.test(requestId))));
  if (isAliyun) {
    fill(draft, 'provider', 'aliyun');
    fill(draft, 'format', 'aliyun-rpc');
  }
  fill(draft, 'code', code);
  fill(draft, 'message', readString(body, ['Message']));
  fill(draft, 'requestId', requestId);
  fill(draft, 'hostId', hostId);
  fill(draft, 'recommend', recommend);
  // Tea's `data` repeats the status beside the body.
  const status = readKey(body, 'statusCode');
  if (typeof status === 'number') fill(draft, 'httpStatus', status);
  return true;
}

// `TraceId` (COS) and `EC` (OSS) tell which object storage answered a direct upload.
const XML_FIELDS = ['RequestId', 'HostId', 'Code', 'Message', 'Recommend', 'TraceId', 'EC'] as const;

/** `<Error><RequestId/><HostId/><Code/><Message/><Recommend/></Error>` → a JSON-shaped body. */
export function readXmlErrorBody(xml: string): Record<string, string> | undefined {
  if (xml.indexOf('<Code>') === -1) return undefined;
  const body: Record<string, string> = {};
  for (const field of XML_FIELDS) {
    const value = readXmlElement(xml, field);
    if (value !== undefined) body[field] = value;
  }
  return body.Code !== undefined ? body : undefined;
}

function readXmlElement(xml: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open);
  if (start === -1) return undefined;
  const end = xml.indexOf(`</${name}>`, start + open.length);
  if (end === -1) return undefined;
  return decodeXmlText(xml.slice(start + open.length, end));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities, numeric references and CDATA; markup stays text. */
export function decodeXmlText(text: string): string {
  const unwrapped = text.startsWith('<![CDATA[') && text.endsWith(']]>') ? text.slice(9, -3) : text;
  return unwrapped
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}
