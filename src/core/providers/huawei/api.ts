import { present, type Draft } from '../../draft.js';
import { asText, guarded, isRecord, readKey, readString } from '../../read.js';
import { defineFormat } from '../types.js';
import { huaweiCatalog } from './catalog.js';
import { huaweiProvider } from './provider.js';

/**
 * Huawei Cloud: `{ error_code, error_msg, request_id? }` (VOD and the API gateway), and the
 * nested `{ error: { code, message } }` some services use. The RequestId normally arrives in
 * the `X-Request-Id` header, read by the HTTP layer.
 */
export function readHuaweiBody(body: unknown, draft: Draft): boolean {
  if (!isRecord(body)) return false;
  const flat = body as HuaweiFlatBody;
  const flatCode = asText(guarded(() => flat.error_code));
  if (flatCode !== undefined) {
    draft.provider ??= 'huawei';
    draft.format ??= 'huawei';
    draft.code ??= present(flatCode);
    draft.message ??= present(asText(guarded(() => flat.error_msg)));
    draft.requestId ??= present(asText(guarded(() => flat.request_id)));
    return true;
  }
  const nested = readKey(body, 'error');
  const nestedCode = readString(nested, 'code');
  const nestedMessage = readString(nested, 'message');
  if (nestedCode === undefined || nestedMessage === undefined) return false;
  if (huaweiProvider.codePattern.test(nestedCode)) {
    draft.provider ??= 'huawei';
    draft.format ??= 'huawei';
  }
  draft.code ??= present(nestedCode);
  draft.message ??= present(nestedMessage);
  draft.requestId ??= present(readString(body, 'request_id') ?? readString(nested, 'request_id'));
  return true;
}

interface HuaweiFlatBody {
  readonly error_code?: unknown;
  readonly error_msg?: unknown;
  readonly request_id?: unknown;
}

/** Huawei Cloud VOD, VST and API gateway replies (https://support.huaweicloud.com/api-vod/ErrorCode.html). */
export const huaweiApiFormat = defineFormat({
  id: 'huawei',
  provider: 'huawei',
  catalog: huaweiCatalog,
  readBody: readHuaweiBody,
  bodyKeys: ['error_code', 'error'],
  catalogNamesProvider: true,
  resources: ['huawei'],
  resourceFor: () => 'huawei',
});
