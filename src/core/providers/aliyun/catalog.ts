import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Alibaba Cloud ApsaraVideo VOD codes (API 2017-03-21, RPC style), the POP gateway's codes and
 * the browser upload SDK's client codes. Classified by code: the same code comes with different
 * statuses in different APIs. Groups without a category are classified by their words
 * (`…NotFound` → not-found, `…Malformed` → invalid-request; see `tableFromGroups`).
 *
 * @example
 * ```ts
 * aliyunCodeGroups.find((group) => group.codes.includes('ServiceBusy'))?.category; // 'conflict'
 * ```
 */
export const aliyunCodeGroups: readonly CodeGroup[] = [
  // Source: AlibabaCloudDocs/vod, per-API error tables — codes whose words tell their category.
  {
    from: 'aliyun-api',
    codes: `MissingParameter InvalidParameter InvalidParameter.UploadURLs InternalError
      InvalidCateId.NotFound InvalidDomain.NotFound InvalidFile.NotFound InvalidMultipartUpload.NotFound
      InvalidStorage.NotFound InvalidStream.NotFound InvalidTemplateGroupId.NotFound InvalidTranscodeTemplateGroup.NotFound
      InvalidVideo.NotFound NoSuchResource SecurityIp.NotFound EntityNotExists.ResourceGroup
      InvalidArgName.ValueNotSupported InvalidArgValue.Malformed InvalidBizDate.BeyondCurrent InvalidBizDate.Malformed
      InvalidCdnType.Malformed InvalidCertName.TooLong InvalidCertificate InvalidCertificate.TooLong InvalidDomainName.Malformed
      InvalidDomainSearchType.ValueNotSupported InvalidDomainStatus.ValueNotSupported InvalidEndTime.BeyondCurrent
      InvalidEndTime.Malformed InvalidEndTime.Mismatch InvalidExtensiveDomain.ValueNotSupported InvalidFileName.Extension
      InvalidFunctionName.ValueNotSupported InvalidFunctions.Malformed InvalidObjectPath.Malformed InvalidObjectType.ValueNotSupported
      InvalidPageNumber.ValueNotSupported InvalidPageSize.ValueNotSupported InvalidParameterAliUid InvalidParameterArea
      InvalidParameterEndTime InvalidParameterField InvalidParameterInterval InvalidParameterProduct InvalidParameterRegion
      InvalidParameterStartTime InvalidPriorities.Malformed InvalidRegion.Malformed InvalidResourceGroupId.Malformed InvalidSSLPri
      InvalidSSLProtocol.ValueNotSupported InvalidScope.Malformed InvalidSource.Content.Malformed InvalidSource.Priority.Malformed
      InvalidSource.Type.Malformed InvalidSourceType.Malformed InvalidSources.Malformed InvalidStartTime.Malformed
      InvalidStartTime.ValueNotSupported InvalidTaskId.Malformed InvalidTimeRange InvalidTypeContent.Mismatch IllegalCharacters
      SSLPri.Malformed SSLPri.MissingParameter SSLPub.MissingParameter SetDomainSSLPub.ParameterError
      VideoIdsExceededMax JobIdsExceededMax AlreadyExist.AppName Certificate.Duplicated DomainAlreadyExist
      Throttling ServiceUnAvailable`,
  },
  {
    from: 'aliyun-api',
    category: 'invalid-request',
    // Too many items or characters in one request (`ExceededMax`: over 20 auxiliary media IDs;
    // `IpsExceededMax`: over 100 IPs in one group; `InvalidObjectPath.Size.Malformed`: over
    // 1,000 URLs at a time), wrong certificate material, a domain without ICP filing, and
    // `InvaildParameter` [sic].
    codes: `ExceededMax IpsExceededMax IpsIsEmpty LengthExceededMax LimitExceeded.MediaIds SortByExceededMax TagsExceededMax
      VideoListExceededMax WatermarkExceededMax InvalidObjectPath.Size.Malformed InvaildParameter InvalidVideo.Damaged
      InvalidScrollToken.Expired CdnTypeNotSupportExtensiveDomain Certificate.FormatError Certificate.KeyNull Certificate.MissMatch
      ErrorMatchSyntax IllegalOperation DomainNotRegistration`,
  },
  // Not a RAM denial: the video uses proprietary encryption and must be played through
  // ApsaraVideo Player with PlayAuth, so the request has to change.
  { from: 'aliyun-api', category: 'invalid-request', codes: 'Forbidden.AliyunVoDEncryption' },
  { from: 'aliyun-api', category: 'permission', codes: 'AccessDenied Forbidden Forbidden.OperateApp Forbidden.OperateAppResource InnerAddDomainDenied' },
  // CDN suspended, arrears, multi-app service not enabled, account setup failed at activation,
  // real-name verification missing: the account, not the request, has to change.
  {
    from: 'aliyun-api',
    category: 'account',
    codes: 'OperationDenied OperationDenied.Suspended OperationDenied.NotOpenAppService Forbidden.InitFailed NotInternationRealIdentity',
  },
  {
    from: 'aliyun-api',
    category: 'conflict',
    // The video's state forbids the call (400 or 403 depending on the API), an application that
    // still holds resources, a domain being added already, a locked/default/special template group, a certificate that
    // support must release, a disabled domain, a resource group in the wrong state.
    codes: `Forbidden.IllegalStatus Forbidden.ResourceNotEmpty BusinessExist ExtensiveAndAllBothExist ExtensiveAndSpecificDomainConflict Forbidden.DefaultTemplateGroup
      Forbidden.LockedTemplateGroup Forbidden.SpecialTemplateGroup Certificate.NotPermittedOff Certificate.SettedNotEffect
      Certificate.StatusError InvalidStatus.ResourceGroup InvalidDomain.Offline`,
  },
  // Sent with 403 and "the domain name is being configured, try again later": the same
  // situation as Tencent's FailedOperation.DomainDeploying and Huawei's VOD.10098.
  { from: 'aliyun-api', category: 'conflict', override: { retryable: true, retryAfterMs: 60_000 }, codes: 'ServiceBusy' },
  { from: 'aliyun-api', category: 'not-found', codes: 'InvalidVideo.NoneStream Certificate.NotFind' },
  {
    from: 'aliyun-api',
    category: 'quota',
    codes: `DomainOverLimit LevelExceededMax LimitExceeded.AppCount QuotaExceeded.Refresh SecurityIpGroupExceededMax
      SubTotalExceededMax TranscodeTemplateExceededMax TrasncodeTemplateGroupExceededMax`,
  },
  // A per-minute window and a queue that drains by itself: waiting a minute is enough.
  { from: 'aliyun-api', category: 'rate-limit', override: { retryAfterMs: 60_000 }, codes: 'QuotaPerMinuteExceeded.Refresh PreloadQueueFull' },
  // 503 business codes and failed deletions: transient failures on Alibaba's side.
  { from: 'aliyun-api', category: 'server', codes: 'AddVideoFailed DeleteVideoFailed DeleteStreamFailed DeleteFailed DeleteFunctionFailed ListSecurityIpFailed' },

  // Source: https://error-center.aliyun.com/status/product/Vod — POP gateway and STS codes.
  {
    from: 'aliyun-gateway',
    codes: `Throttling.User Throttling.Api ServiceUnavailable InvalidAccessKeyId.Inactive
      InvalidSecurityToken.Expired InvalidSecurityToken.Malformed InvalidSecurityToken.MismatchWithAccessKey
      SignatureDoesNotMatch IncompleteSignature Forbidden.RAM Forbidden.NoPermission`,
  },
  // An unknown AccessKey, and a timestamp usually off because the caller's clock is.
  { from: 'aliyun-gateway', category: 'auth', codes: 'InvalidAccessKeyId.NotFound InvalidTimeStamp.Expired InvalidTimeStamp.Format' },
  // The SDK draws a fresh nonce per request, so an immediate retry succeeds.
  { from: 'aliyun-gateway', category: 'auth', override: { retryable: true, severity: 'warning' }, codes: 'SignatureNonceUsed' },

  // Source: https://www.alibabacloud.com/help/doc-detail/415314.htm — upload SDK client codes.
  { from: 'aliyun-upload', codes: 'InvalidArgument MissingArgument FileAlreadyExist FileNotExist PermissionDenied' },
  // Routine during long uploads: the app refreshes the credentials and resumes
  // (`resumeUploadWithAuth`), so this is a warning, not a hard failure.
  { from: 'aliyun-upload', category: 'auth', override: { severity: 'warning' }, codes: 'UploadTokenExpired SecurityTokenExpired' },
  // The SDK was asked for a step its upload is not in (cancelled, not started, not expired).
  { from: 'aliyun-upload', category: 'conflict', codes: ['FileAlreadyCancel', 'UploadNotExpire', 'UploadNotStart', 'Step Not Idle', 'Upload Status Error'] },
];

/**
 * Alibaba Cloud VOD code → classification.
 *
 * @example
 * ```ts
 * aliyunCatalog['InvalidVideo.NotFound']; // 'not-found'
 * ```
 */
export const aliyunCatalog = /* @__PURE__ */ tableFromGroups(aliyunCodeGroups);
