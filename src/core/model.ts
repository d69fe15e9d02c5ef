/**
 * The normalized error model. Everything the kit shows, copies or reports is read from a
 * `VodError`; nothing downstream looks at the raw caught value again.
 */

// The provider and format unions derive from the registry's data: adding a provider or a
// format there extends them.
import type { VodErrorFormat, VodProvider } from './providers/registry.js';

export type { VodErrorFormat, VodProvider };

/** What kind of failure this is, independent of the vendor. Drives texts, icons and retry. */
export type VodErrorCategory =
  | 'auth'
  | 'permission'
  | 'account'
  | 'quota'
  | 'rate-limit'
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'server'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'success'
  | 'unknown';

export type VodErrorSeverity = 'info' | 'warning' | 'error';

/** Who has to act: the caller (`client`), the provider (`server`), or the connection. */
export type VodErrorFault = 'client' | 'server' | 'network';

export type VodErrorLinkKind = 'docs' | 'diagnosis' | 'recommend' | 'console' | 'ticket';

/** An `https:` link on one of the provider's own domains. */
export interface VodErrorLink {
  readonly kind: VodErrorLinkKind;
  readonly url: string;
}

/** Values pulled out of the server's reply, for message interpolation. */
export interface VodErrorParams {
  /** Name of the offending request parameter, e.g. `VideoId` or `FileId`. */
  readonly parameter?: string;
  /** The failed processing task or job (Tencent `TaskId`, Alibaba `JobId`), for task failures. */
  readonly taskId?: string;
  /** The video the failure concerns: Tencent `FileId`, Alibaba `VideoId`, Huawei `asset_id`. */
  readonly videoId?: string;
}

/**
 * One normalized error.
 *
 * @example
 * ```ts
 * import { normalizeVodError } from 'vod-error-kit/core';
 * const error = normalizeVodError({ Code: 'Throttling.User', RequestId: 'A1', Message: 'Too many requests.' });
 * error.category; // 'rate-limit'
 * error.retryable; // true
 * ```
 */
export interface VodError {
  /** Brand so that an already-normalized value (even after JSON) is recognised. */
  readonly kind: 'vod-error';
  readonly provider: VodProvider;
  readonly format: VodErrorFormat;
  /** The provider's code exactly as sent, or a synthetic one (`NetworkError`, `Timeout`, `Aborted`, `HTTP.503`, `Unknown`). */
  readonly code: string;
  /** The video-cloud code inside a Tencent legacy dual-code reply (`20108` in `5100` + `"20108:..."`). */
  readonly subCode?: string;
  /** The catalog entry that matched, after hierarchical fallback (`InvalidParameterValue` for `InvalidParameterValue.FileId`). */
  readonly catalogCode?: string;
  readonly httpStatus?: number;
  readonly requestId?: string;
  /** Alibaba's `HostId`; support asks for it beside the RequestId. */
  readonly hostId?: string;
  /** Tencent's `X-TC-TraceId` and similar trace headers. */
  readonly traceId?: string;
  /** The server's own text: plain, redacted, length-bounded. Empty when there was none. */
  readonly message: string;
  readonly params: VodErrorParams;
  readonly category: VodErrorCategory;
  readonly severity: VodErrorSeverity;
  readonly fault: VodErrorFault;
  readonly retryable: boolean;
  /** A suggested wait before retrying, when retrying makes sense. */
  readonly retryAfterMs?: number;
  readonly links: readonly VodErrorLink[];
  /** When the error was normalized (epoch milliseconds). */
  readonly timestamp: number;
  /**
   * Never on the model: the raw caught value can hold signed URLs, headers and tokens, so it is
   * kept outside every serializable field. Read it in the same process with `vodErrorCause(error)`.
   */
  readonly cause?: never;
}
