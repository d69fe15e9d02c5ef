import { present, type Draft } from '../draft.js';
import { sdkReadingProviders } from '../providers/registry.js';
import { readKey, readString } from '../read.js';
import { isHttpClientError } from './http.js';

// Node, undici and axios put transport codes in `code` (`ECONNRESET`, `ERR_NETWORK`,
// `UND_ERR_SOCKET`, `ABORT_ERR`); readTransportFailure reads those.
const TRANSPORT_CODE = /^(?:E[A-Z0-9_]{2,}|ERR_|UND_ERR|ABORT_ERR)/;

const REQUEST_ID_KEYS = ['requestId', 'request_id', 'RequestId'] as const;

/**
 * The fields the official SDKs put on their exceptions (camelCase), which only fill what the
 * body did not say: each provider's own exception first (its folder's `sdk.ts`), then the
 * fields they share.
 */
export function readSdkFields(value: object, draft: Draft): void {
  for (const provider of sdkReadingProviders) provider.readSdkException?.(value, draft);
  draft.requestId ??= present(readString(value, REQUEST_ID_KEYS));
  draft.traceId ??= present(readString(value, 'traceId'));
  draft.hostId ??= present(readString(value, 'hostId'));
  // The Tencent SDK, pop-core and Tea put the provider code in `code`.
  const code = readKey(value, 'code');
  if (typeof code === 'string' && !TRANSPORT_CODE.test(code) && !isHttpClientError(value)) {
    draft.code ??= present(code);
  }
  // vod-js-sdk-v6 business errors: a numeric video-cloud code (`10008`), whose message a JSON
  // copy drops. Small numbers are left alone: they are DOMException/MediaError codes or the
  // `500` the SDK writes over axios' code.
  if (typeof code === 'number' && Number.isInteger(code) && code >= 1000 && code <= 999_999 && !isHttpClientError(value)) {
    draft.code ??= present(String(code));
  }
}
