import { present, type Draft } from '../draft.js';
import type { VodProvider } from '../model.js';
import { isVodProvider } from '../providers/registry.js';
import { readKey } from '../read.js';

/**
 * What an upload adapter hands to `normalizeVodError`: the code and message an upload SDK
 * reported through a callback, tagged with the provider (callbacks carry no other marker), and
 * the upload's identifiers as hints. Never the file or the upload credentials.
 */
export interface VodUploadFailure {
  readonly kind: 'vod-upload-failure';
  readonly provider: Exclude<VodProvider, 'unknown'>;
  /** The SDK's code (`UploadTokenExpired`, an OSS code …); empty when it gave none. */
  readonly code: string;
  readonly message: string;
  /** The video being uploaded, when the SDK already had one. */
  readonly videoId?: string;
  /** The storage endpoint (`https://oss-cn-shanghai.aliyuncs.com`), for provider detection. */
  readonly endpoint?: string;
  readonly bucket?: string;
}

/** The `kind` of a {@link VodUploadFailure}. */
export const UPLOAD_FAILURE_KIND = 'vod-upload-failure';

/**
 * Reads the provider of a {@link VodUploadFailure} (the walker has checked its `kind`); the
 * other fields are read as usual.
 */
export function readUploadFailure(value: unknown, draft: Draft): void {
  const provider = readKey(value, 'provider');
  if (isVodProvider(provider) && provider !== 'unknown') draft.provider ??= present(provider);
}
