import type { CatalogTable } from '../../catalog/types.js';

/**
 * Alibaba Cloud ApsaraVideo VOD codes (API 2017-03-21, RPC style) → classification.
 * Sources: the per-API error tables of the VOD API reference (public repository
 * AlibabaCloudDocs/vod), the POP gateway's common codes
 * (https://api.aliyun.com/troubleshoot), and the browser upload SDK's client codes
 * (https://www.alibabacloud.com/help/doc-detail/415314.htm).
 * Classified by code; the HTTP status of the same code differs between APIs.
 */
export const aliyunCatalog: CatalogTable = {
  // Common codes of every POP API
  MissingParameter: 'invalid-request',
  InvalidParameter: 'invalid-request',
  OperationDenied: 'account',
  'OperationDenied.Suspended': 'account',
  Forbidden: 'permission',
  InternalError: 'server',
  ServiceUnAvailable: 'unavailable',
  // The same 503 as spelled by newer APIs and the common gateway.
  ServiceUnavailable: 'unavailable',

  // Throttling
  Throttling: 'rate-limit',
  'Throttling.User': 'rate-limit',
  'Throttling.Api': 'rate-limit',

  // Video and playback
  'InvalidVideo.NotFound': 'not-found',
  'InvalidVideo.NoneStream': 'not-found',
  'InvalidVideo.Damaged': 'invalid-request',
  // 400 or 403 depending on the API, but always "the video's state does not allow this".
  'Forbidden.IllegalStatus': 'conflict',
  // Not a RAM denial: the video uses proprietary encryption and must be played through
  // ApsaraVideo Player with PlayAuth, so the request has to change.
  'Forbidden.AliyunVoDEncryption': 'invalid-request',
  NoSuchResource: 'not-found',

  // Upload
  'InvalidFileName.Extension': 'invalid-request',
  IllegalCharacters: 'invalid-request',
  LengthExceededMax: 'invalid-request',
  TagsExceededMax: 'invalid-request',
  'InvalidTemplateGroupId.NotFound': 'not-found',
  'InvalidStorage.NotFound': 'not-found',
  // VOD could not initialise the account's storage/settings: an account setup issue, not a
  // RAM denial, and retrying does not fix it.
  'Forbidden.InitFailed': 'account',
  // 503 business code: a transient failure to register the video; the server default
  // (retryable with backoff) fits.
  AddVideoFailed: 'server',
  'InvalidFile.NotFound': 'not-found',
  'InvalidMultipartUpload.NotFound': 'not-found',
  AccessDenied: 'permission',
  'InvalidParameter.UploadURLs': 'invalid-request',

  // Delete and streams
  DeleteVideoFailed: 'server',
  VideoIdsExceededMax: 'invalid-request',
  'InvalidStream.NotFound': 'not-found',
  DeleteStreamFailed: 'server',

  // Lists and categories
  'InvalidCateId.NotFound': 'not-found',
  'InvalidScrollToken.Expired': 'invalid-request',

  // Transcoding template groups
  'InvalidTranscodeTemplateGroup.NotFound': 'not-found',
  'Forbidden.DefaultTemplateGroup': 'conflict',
  'Forbidden.LockedTemplateGroup': 'conflict',

  // Multi-application
  'AlreadyExist.AppName': 'conflict',
  'LimitExceeded.AppCount': 'quota',
  'OperationDenied.NotOpenAppService': 'account',

  // CDN refresh / prefetch
  'QuotaExceeded.Refresh': 'quota',
  // A per-minute window, not the daily quota: waiting a minute is enough.
  'QuotaPerMinuteExceeded.Refresh': ['rate-limit', { retryAfterMs: 60_000 }],
  // Sent with 403, but means "busy, try later" (e.g. the domain is being configured).
  ServiceBusy: 'unavailable',
  // Sent with 403; the prefetch queue drains on its own, so retry after a longer wait.
  PreloadQueueFull: ['rate-limit', { retryAfterMs: 60_000 }],

  // POP gateway and STS
  'InvalidAccessKeyId.NotFound': 'auth',
  'InvalidAccessKeyId.Inactive': 'auth',
  'InvalidSecurityToken.Expired': 'auth',
  SignatureDoesNotMatch: 'auth',
  IncompleteSignature: 'auth',
  // Usually clock skew on the caller's machine (more than 15 minutes).
  'InvalidTimeStamp.Expired': 'auth',
  // The SDK draws a fresh nonce per request, so an immediate retry succeeds.
  SignatureNonceUsed: ['auth', { retryable: true, severity: 'warning' }],
  'Forbidden.RAM': 'permission',
  'Forbidden.NoPermission': 'permission',

  // Browser upload SDK (AliyunUpload.Vod) client codes
  InvalidArgument: 'invalid-request',
  MissingArgument: 'invalid-request',
  FileAlreadyExist: 'conflict',
  FileNotExist: 'not-found',
  // Routine during long uploads: the app refreshes the credentials and resumes
  // (resumeUploadWithAuth), so this is a warning, not a hard failure.
  UploadTokenExpired: ['auth', { severity: 'warning' }],
  SecurityTokenExpired: ['auth', { severity: 'warning' }],
  PermissionDenied: 'permission',
};
