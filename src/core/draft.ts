import type { VodErrorFormat, VodProvider } from './model.js';
import type { Transport } from './synthetic-codes.js';

/**
 * What the format readers have found so far. Readers fill only empty fields, and run from the
 * most specific layer (a provider body) to the least (a transport error's own message), so the
 * first reader to know a fact wins.
 */
export interface Draft {
  provider?: VodProvider;
  format?: VodErrorFormat;
  code?: string;
  subCode?: string;
  httpStatus?: number;
  requestId?: string;
  hostId?: string;
  traceId?: string;
  message?: string;
  recommend?: string;
  retryAfterMs?: number;
  transport?: Transport;
  /** The reply was not an API reply (an HTML gateway page, an unparseable body). */
  invalidResponse?: boolean;
  /**
   * The format whose XML reader read the body. The `<Error><Code>…` shape is shared by several
   * services, so it decides the provider only when no host named one.
   */
  xmlFormat?: VodErrorFormat;
  /** URLs and texts that may name the endpoint host, for provider detection. */
  hostHints: string[];
  timestamp?: number;
  /** Set by the task reader: the failed task and the video it processed. */
  taskId?: string;
  videoId?: string;
  /** Object storage named by a header or a body field (`x-cos-request-id`, `<TraceId>`, `EC` …). */
  storage?: 'aliyun-oss' | 'tencent-cos' | 'huawei-obs';
}

/**
 * A value worth keeping: `undefined` for the empty string. Readers fill a field only while it is
 * empty, as `draft.code ??= present(value)`: a direct field write (the draft has one shape, so
 * the access is a plain load and store), and the value is read only when the field is empty.
 */
export function present<T>(value: T | undefined): T | undefined {
  return value === '' ? undefined : value;
}

/**
 * An empty draft with every field present, so all drafts share one object shape and the
 * readers' field accesses stay fast.
 */
export function createDraft(): Draft {
  return {
    provider: undefined,
    format: undefined,
    code: undefined,
    subCode: undefined,
    httpStatus: undefined,
    requestId: undefined,
    hostId: undefined,
    traceId: undefined,
    message: undefined,
    recommend: undefined,
    retryAfterMs: undefined,
    transport: undefined,
    invalidResponse: undefined,
    xmlFormat: undefined,
    hostHints: [],
    timestamp: undefined,
  };
}
