import { tableFromGroups } from './build.js';
import type { CodeGroup } from './types.js';

/**
 * The object storage behind the browser upload SDKs (Alibaba OSS, Tencent COS, Huawei OBS):
 * S3-style codes a direct upload meets. Here the browser signs the request, so the device's
 * clock and the upload credential's lifetime are honest causes to name.
 *
 * Codes every one of the three services publishes with the same meaning are written once and
 * listed in each service's table with that service's source.
 */
const SHARED = {
  // The signature the browser computed is wrong or its credential is unknown or expired.
  auth: 'SignatureDoesNotMatch InvalidAccessKeyId',
  permission: 'AccessDenied',
  'not-found': 'NoSuchBucket NoSuchKey NoSuchUpload',
  // The file or a part breaks the service's rules; the same upload fails the same way.
  'invalid-request': `EntityTooLarge EntityTooSmall InvalidPart InvalidPartOrder InvalidArgument InvalidBucketName InvalidObjectName
    InvalidDigest MalformedXML MalformedPOSTRequest MissingContentLength MethodNotAllowed NotImplemented PreconditionFailed
    InvalidPolicyDocument IncorrectNumberOfFilesInPOSTRequest InvalidTargetBucketForLogging`,
  conflict: 'BucketAlreadyExists BucketNotEmpty',
  quota: 'TooManyBuckets',
  server: 'InternalError',
} as const;

// The device's clock is off by more than the service allows (15 minutes): the signature it made
// is refused until the clock is right, so retrying changes nothing.
const CLOCK = 'RequestTimeTooSkewed';
// The upload connection sent nothing for too long: a slow or interrupted network.
const TIMEOUT = 'RequestTimeout';
const BUSY = 'SlowDown';
const UNAVAILABLE = 'ServiceUnavailable';

function serviceGroups(from: string): CodeGroup[] {
  return [
    ...Object.entries(SHARED).map(([category, codes]) => ({ from, category: category as CodeGroup['category'], codes })),
    { from, category: 'auth', codes: CLOCK },
    { from, category: 'timeout', codes: TIMEOUT },
    { from, category: 'rate-limit', codes: BUSY },
    { from, category: 'unavailable', codes: UNAVAILABLE },
    // Not sent as codes: the kit reads them from the message of `AccessDenied` and similar
    // (`"Request has expired"`, `"The security token … has expired"`) and reports them as
    // `subCode`. The upload session or its temporary credential ran out: start the upload again.
    { from, category: 'auth', override: { severity: 'warning' }, codes: 'RequestExpired ExpiredToken' },
  ];
}

/**
 * Alibaba Cloud OSS codes a direct upload meets. Source: https://help.aliyun.com/zh/oss/support/oss-error-codes
 *
 * @example
 * ```ts
 * aliyunOssCodeGroups[0]?.from; // 'aliyun-oss'
 * ```
 */
export const aliyunOssCodeGroups: readonly CodeGroup[] = [
  ...serviceGroups('aliyun-oss'),
  { from: 'aliyun-oss', category: 'auth', override: { severity: 'warning' }, codes: 'SecurityTokenExpired' },
  { from: 'aliyun-oss', category: 'auth', codes: 'InvalidSecurityToken' },
  {
    from: 'aliyun-oss',
    category: 'invalid-request',
    codes: `FieldItemTooLong FilePartInterity InvalidEncryptionAlgorithmError MaxPOSTPreDataLengthExceededError
      RequestIsNotMultiPartContent InvalidObjectState`,
  },
  // A part was changed or is missing while the upload ran: start the upload again.
  { from: 'aliyun-oss', category: 'conflict', codes: 'FilePartStale PositionNotEqualToLength ObjectNotAppendable' },
  { from: 'aliyun-oss', category: 'not-found', codes: 'FilePartNotExist' },
  // The file is stored, but OSS could not call the app's server back.
  { from: 'aliyun-oss', category: 'server', override: { retryable: false }, codes: 'CallbackFailed' },
];

/**
 * Tencent Cloud COS codes a direct upload meets. Source: https://cloud.tencent.com/document/product/436/7730
 *
 * @example
 * ```ts
 * tencentCosCodeGroups[0]?.from; // 'tencent-cos'
 * ```
 */
export const tencentCosCodeGroups: readonly CodeGroup[] = [
  ...serviceGroups('tencent-cos'),
  {
    from: 'tencent-cos',
    category: 'invalid-request',
    // `BadRquest` [sic] is how COS spells it.
    codes: `BadDigest BadRquest BadRequest EntitySizeNotMatch IncompleteBody InvalidCopySource InvalidRequest InvalidSHA1Digest
      InvalidURI KeyTooLong InvalidRange UnexpectedContent XMLSizeLimit InvalidRegionName InvalidLocationConstraint
      ActionAccelerateNotSupported BucketAccelerateNotEnabled MissingRequestBodyError UploadIdNotSupported`,
  },
  { from: 'tencent-cos', category: 'permission', codes: 'AccessForbidden NoProcessAuthority UserNotSourceBucketOwner UserNotTargetBucketOwner' },
  { from: 'tencent-cos', category: 'account', codes: 'PaymentRequired' },
  {
    from: 'tencent-cos',
    category: 'conflict',
    codes: 'BucketAlreadyOwnedByYou InvalidBucketState InvalidObjectState ObjectLocked BucketLocked UploadConflict AppendPositionErr ObjectNotAppendable InvalidUploadStatus',
  },
  // Blocked for legal reasons: the same answer as for media a platform has banned.
  { from: 'tencent-cos', category: 'conflict', override: { severity: 'error' }, codes: 'UnavailableForLegalReasons DomainAuditFailed' },
  { from: 'tencent-cos', category: 'not-found', codes: 'NoSuchVersion NoSuchCopySource' },
  { from: 'tencent-cos', category: 'quota', codes: 'AttachmentFull PolicyFull' },
  { from: 'tencent-cos', category: 'timeout', codes: 'UserNetworkTooSlow' },
  { from: 'tencent-cos', category: 'rate-limit', codes: 'KmsFreqControl' },
  { from: 'tencent-cos', category: 'server', codes: 'KmsInternalException' },
];

/**
 * Huawei Cloud OBS codes a direct upload meets. Source: https://support.huaweicloud.com/api-obs/obs_04_0115.html
 *
 * @example
 * ```ts
 * huaweiObsCodeGroups[0]?.from; // 'huawei-obs'
 * ```
 */
export const huaweiObsCodeGroups: readonly CodeGroup[] = [
  ...serviceGroups('huawei-obs'),
  { from: 'huawei-obs', category: 'auth', codes: 'InvalidToken MissingSecurityHeader CredentialsNotSupported Unauthorized TooManyWrongSignature' },
  { from: 'huawei-obs', category: 'permission', codes: 'AccessForbidden AllAccessDisabled' },
  // Arrears, a frozen account, OBS not enabled.
  { from: 'huawei-obs', category: 'account', codes: 'AccountProblem InArrearOrInsufficientBalance NotSignedUp DeregisterUserId' },
  {
    from: 'huawei-obs',
    category: 'invalid-request',
    codes: `BadDigest BadRequest IncompleteBody InlineDataTooLarge InvalidRange InvalidRequest InvalidURI KeyTooLong MetadataTooLarge
      MissingRequestBodyError MissingRequiredHeader MaxMessageLengthExceeded MaxPostPreDataLengthExceededError UnexpectedContent
      RequestIsNotMultiPartContent InvalidEncryptionAlgorithmError InvalidLocationConstraint`,
  },
  { from: 'huawei-obs', category: 'conflict', codes: 'BucketAlreadyOwnedByYou InvalidBucketState InvalidObjectState OperationAborted' },
  { from: 'huawei-obs', category: 'not-found', codes: 'NoSuchVersion NoSuchBucketPolicy NoSuchCustomDomain' },
  { from: 'huawei-obs', category: 'quota', codes: 'InsufficientStorageSpace TooManyObjectCopied' },
];

/** @example `aliyunOssCatalog.RequestTimeTooSkewed; // 'auth'` */
export const aliyunOssCatalog = /* @__PURE__ */ tableFromGroups(aliyunOssCodeGroups);
/** @example `tencentCosCatalog.SlowDown; // 'rate-limit'` */
export const tencentCosCatalog = /* @__PURE__ */ tableFromGroups(tencentCosCodeGroups);
/** @example `huaweiObsCatalog.NoSuchUpload; // 'not-found'` */
export const huaweiObsCatalog = /* @__PURE__ */ tableFromGroups(huaweiObsCodeGroups);
