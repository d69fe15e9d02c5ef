import { readKey } from '../read.js';
import type { VodUploadFailure } from './upload-failure.js';

/** Longest text copied out of an upload callback; the normalizer bounds it again. */
const MAX_FIELD_LENGTH = 2048;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, MAX_FIELD_LENGTH);
}

// Only identifiers are kept from `uploadInfo`: never `file` (the user's File, possibly huge),
// `checkpoint` or anything holding the upload credentials.
function hints(uploadInfo: unknown): Pick<VodUploadFailure, 'videoId' | 'endpoint' | 'bucket'> {
  const videoId = text(readKey(uploadInfo, 'videoId'));
  const endpoint = text(readKey(uploadInfo, 'endpoint'));
  const bucket = text(readKey(uploadInfo, 'bucket'));
  return {
    ...(videoId === undefined ? {} : { videoId }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(bucket === undefined ? {} : { bucket }),
  };
}

/**
 * Turns the Alibaba Cloud upload SDK's `onUploadFailed(uploadInfo, code, message)` callback
 * into a value `normalizeVodError` classifies as an Alibaba error with that code. Never throws.
 *
 * @example
 * ```ts
 * import { fromAliyunUploadFailure, normalizeVodError } from 'vod-error-kit/core';
 *
 * const uploader = new AliyunUpload.Vod({
 *   onUploadFailed(uploadInfo, code, message) {
 *     showError(normalizeVodError(fromAliyunUploadFailure(uploadInfo, code, message)));
 *   },
 * });
 * ```
 */
export function fromAliyunUploadFailure(uploadInfo: unknown, code: unknown, message: unknown): VodUploadFailure {
  return {
    kind: 'vod-upload-failure',
    provider: 'aliyun',
    code: text(code) ?? '',
    message: text(message) ?? '',
    ...hints(uploadInfo),
  };
}

/**
 * Turns the Alibaba Cloud upload SDK's `onUploadTokenExpired(uploadInfo)` callback into an
 * `UploadTokenExpired` error: fetch a fresh UploadAuth and call `resumeUploadWithAuth`.
 *
 * @example
 * ```ts
 * onUploadTokenExpired(uploadInfo) {
 *   const error = normalizeVodError(fromAliyunUploadTokenExpired(uploadInfo));
 *   error.code; // 'UploadTokenExpired'
 *   refreshUploadAuth(uploadInfo.videoId).then((auth) => uploader.resumeUploadWithAuth(auth));
 * }
 * ```
 */
export function fromAliyunUploadTokenExpired(uploadInfo: unknown): VodUploadFailure {
  return {
    kind: 'vod-upload-failure',
    provider: 'aliyun',
    code: 'UploadTokenExpired',
    message: '',
    ...hints(uploadInfo),
  };
}
