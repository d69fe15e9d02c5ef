import { tableFromGroups } from '../../catalog/build.js';
import type { CodeGroup } from '../../catalog/types.js';

/**
 * Tencent Cloud API 3.0 codes: VOD 2018-07-17, the common codes every 3.0 API shares, the Go
 * SDK's client codes (which backends relay), and the Live (CSS) codes the seed's table mixes in.
 * Keys are exactly as the server sends them, typos included. Groups without a category take their
 * parent's (`InvalidParameterValue.Width` → `InvalidParameterValue`) or their words' category
 * (see `tableFromGroups`); the rest states what the shape cannot tell.
 *
 * @example
 * ```ts
 * tencentCodeGroups.find((group) => group.codes.includes('DomainDeploying'))?.from; // 'tencent-sdk'
 * ```
 */
export const tencentCodeGroups: readonly CodeGroup[] = [
  // Parents first: their categories are what unlisted children fall back to.
  // Source: tencentcloud-sdk-go tencentcloud/vod/v20180717/errors.go
  { from: 'tencent-sdk', category: 'auth', codes: 'AuthFailure' },
  // A generic business failure with no cause given: neither a retry nor a fix is implied.
  { from: 'tencent-sdk', category: 'unknown', codes: 'FailedOperation' },
  { from: 'tencent-sdk', category: 'server', codes: 'InternalError' },
  {
    from: 'tencent-sdk',
    category: 'invalid-request',
    codes: 'InvalidParameter InvalidParameterValue MissingParameter UnknownParameter UnsupportedOperation',
  },
  { from: 'tencent-sdk', category: 'quota', codes: 'LimitExceeded' },
  { from: 'tencent-sdk', category: 'rate-limit', codes: 'RequestLimitExceeded' },
  { from: 'tencent-sdk', category: 'not-found', codes: 'ResourceNotFound' },
  // A resource in a state that forbids the call (frozen, initialising …), not an outage.
  { from: 'tencent-sdk', category: 'conflict', codes: 'ResourceUnavailable' },
  { from: 'tencent-sdk', category: 'permission', codes: 'UnauthorizedOperation' },

  // Source: tencentcloud-sdk-go tencentcloud/vod/v20180717/errors.go — children whose parent
  // or words tell their category.
  {
    from: 'tencent-sdk',
    prefix: 'FailedOperation.',
    codes: 'ClassLevelLimitExceeded ClassNameDuplicate ClassNoFound DBError ParentIdNoFound SubclassLimitExceeded TaskDuplicate',
  },
  {
    from: 'tencent-sdk',
    prefix: 'InternalError.',
    codes: 'DBError GenDefinition GetFileInfoError GetMediaListError TimeParseError UpdateMediaError UploadCoverImageError UploadWatermarkError',
  },
  { from: 'tencent-sdk', prefix: 'InvalidParameter.', codes: 'ExpireTime Labels StorageRegion ViolationContent' },
  {
    from: 'tencent-sdk',
    prefix: 'InvalidParameterValue.',
    codes: `AddKeyFrameDescsAndClearKeyFrameDescsConflict AddKeyFrameDescsAndDeleteKeyFrameDescsConflict
      AddTagsAndClearTagsConflict AddTagsAndDeleteTagsConflict AiAnalysisTaskDefinition AiContentReviewTaskDefinition
      AiRecognitionTaskDefinition Area AudioBitrate AudioChannel AudioCodec AudioSampleRate Bitrate BlockConfidence
      Categories ClassId ClassIds ClassName ClassifcationConfigure ClipDuration Codec ColumnCount Comment Container
      ContainerType CoordinateOrigin CoverConfigure CoverType CoverUrl CutAndCrops DataInterval DataType Date
      DefaultLibraryLabelSet Definition Definitions DeleteDefaultTemplate Description DisableHigherVideoBitrate
      DisableHigherVideoResolution Districts DomainNameInBlackList DomainNames DrmType EndDate EndTime EndTimeOffset
      ExpireTime ExpiredTime ExtendedParameter FaceLibrary FaceScore FileIds FileIdsEmpty FileIdsOverLimit
      FileIdsTooMany FileType FillType FiltrateAudio FiltrateVideo Format FormatWebpLackWidthAndHeight
      FormatWebpWidthAndHeightBothZero Fps FrameTagConfigure FunctionArg FunctionName Height HighlightConfigure
      ImageContent ImageDecodeError ImageTemplate Index Interval InvalidOperationType IsPersistence Isps ItemId
      KeyFrameDescContentTooLong LabelSet Labels Limit LimitTooLarge MediaManifestContent MediaStoragePath MediaType
      MediaUrl Metric ModifyDefaultTemplate Name NamePrefixes Names NotRestorable ObjectLibrary Offset OffsetTooLarge
      Operation OriginalStorageClass OutputMediaType ParentId PicFormatError Precision Procedure ProcedureName Quality
      RemoveAudio RemoveVideo RepeatType Resolution ResolutionAdaptive RestoreDay RestoreTier ReviewConfidence
      ReviewWallSwitch RoundPlayId RoundPlaylist RowCount SampleInterval SampleRate SampleType ScenarioType Scheme
      SchemeConflict ScreenshotInterval SessionContextTooLong SessionIdTooLong Sort SoundSystem SourceDefinition
      SourceType SourceTypes SrcFile StartDate StartTime StartTimeOffset Status StorageClass StorageRegion
      StorageRegions StorageType StreamIdInvalid StreamIds SubAppId SubtitleFormat SvgTemplate SvgTemplateHeight
      SvgTemplateWidth Switch TEHDType TagConfigure TagTooLong Tags Text TextAlpha TextTemplate Thumbnails TimeType
      Type Types UnsupportDomain UnsupportedRestoreTier UnsupportedStorageClass UnsupportedTransition Url
      UserDefineLibraryLabelSet Vcrf VideoBitrate VideoCodec Vids VodSessionKey Watermarks Width XPos YPos`,
  },
  { from: 'tencent-sdk', prefix: 'LimitExceeded.', codes: 'KeyFrameDescCountReachMax Quota RoundPlays RunningRoundPlays TagCountReachMax TooMuchTemplate' },
  { from: 'tencent-sdk', prefix: 'ResourceNotFound.', codes: 'CoverUrl FileNotExist Person TemplateNotExist Word' },

  // Source: tencentcloud-sdk-go tencentcloud/vod/v20180717/errors.go — what the shape gets wrong.
  {
    from: 'tencent-sdk',
    category: 'account',
    // "VOD not activated", "account abnormal", "service stopped" ([sic] Inavlid), "user does not
    // exist" (VOD never activated): the account, not the request, has to change.
    codes: `FailedOperation.InvalidAccount FailedOperation.InvalidVodUser FailedOperation.UserStatusInavlid
      InvalidParameterValue.AppId ResourceNotFound.ServiceNotExist ResourceNotFound.UserNotExist`,
  },
  { from: 'tencent-sdk', category: 'permission', codes: 'FailedOperation.NoPrivileges' },
  // Tencent's own storage and internal network, not the caller's connection.
  { from: 'tencent-sdk', category: 'server', codes: 'FailedOperation.NetWorkError FailedOperation.UploadCosFail' },
  {
    from: 'tencent-sdk',
    category: 'invalid-request',
    // HLS master playlists are not accepted as input; an unverified domain needs its DNS record;
    // too many items in one play list: the request has to change.
    codes: `FailedOperation.CoverType FailedOperation.MediaType ResourceUnavailable.MasterPlaylist
      UnauthorizedOperation.DomainRecordNotVerified LimitExceeded.PlayList LimitExceeded.RoundPlaylist`,
  },
  {
    from: 'tencent-sdk',
    category: 'not-found',
    // `FileId`, `TaskId`, `DomainName`: the SDK documents these as "does not exist".
    codes: 'InvalidParameter.ProcedureNameNotExist InvalidParameterValue.FileId InvalidParameterValue.TaskId InvalidParameterValue.DomainName',
  },
  {
    from: 'tencent-sdk',
    category: 'conflict',
    // Names already taken; `SessionId`/`UniqueIdentifier` reused inside the dedup window (the
    // request was dropped as a duplicate); nothing left to reduce; a class that is not empty.
    codes: `InvalidParameter.ExistedProcedureName InvalidParameterValue.ExistedName InvalidParameterValue.FaceDuplicate
      InvalidParameterValue.RoundPlayAlreadyExists InvalidParameterValue.SessionId InvalidParameterValue.UniqueIdentifier
      FailedOperation.NoNeedToReduceMediaBitrate UnsupportedOperation.ClassNotEmpty`,
  },
  // The domain settles by itself: the same answer later will differ.
  { from: 'tencent-sdk', category: 'conflict', override: { retryable: true, retryAfterMs: 60_000 }, codes: 'FailedOperation.DomainDeploying' },
  // Banned by the platform (usually content review): the media cannot be used, whoever asks.
  { from: 'tencent-sdk', category: 'conflict', override: { severity: 'error' }, codes: 'FailedOperation.MediaForbidedBySystem' },

  // Source: https://cloud.tencent.com/document/api/266/31774 (common error codes)
  { from: 'tencent-common', prefix: 'AuthFailure.', codes: 'InvalidAuthorization InvalidSecretId MFAFailure SecretIdNotFound SignatureExpire SignatureFailure TokenFailure' },
  // The signature was valid; CAM refused the action. Authenticated but not allowed.
  { from: 'tencent-common', category: 'permission', codes: 'AuthFailure.UnauthorizedOperation IpInBlacklist IpNotInWhitelist' },
  { from: 'tencent-common', prefix: 'RequestLimitExceeded.', codes: 'GlobalRegionUinLimitExceeded IPLimitExceeded UinLimitExceeded' },
  { from: 'tencent-common', category: 'success', codes: 'DryRunOperation' },
  // Per-request size caps: a smaller body or page fixes them, so they are request errors.
  {
    from: 'tencent-common',
    category: 'invalid-request',
    codes: 'ActionOffline InvalidAction InvalidRequest NoSuchProduct NoSuchVersion RequestSizeLimitExceeded ResponseSizeLimitExceeded UnsupportedProtocol UnsupportedRegion',
  },
  { from: 'tencent-common', category: 'conflict', codes: 'ResourceInUse' },
  // Provider-side capacity shortage: waiting may help.
  { from: 'tencent-common', category: 'unavailable', codes: 'ResourceInsufficient ServiceUnavailable' },

  // Source: tencentcloud-sdk-go tencentcloud/common/errors/errors.go — thrown by the Go SDK before
  // or after the call; backends relay them as `{ Code, Message }`.
  { from: 'tencent-sdk-client', category: 'network', codes: 'ClientError.NetworkError ClientError.IOError' },
  { from: 'tencent-sdk-client', category: 'auth', codes: 'ClientError.CredentialError' },
  { from: 'tencent-sdk-client', category: 'invalid-request', codes: 'ClientError.InvalidParameter ClientError.INIError ClientError.TypeError' },
  // A non-200 reply, a body that is not JSON, or the SDK's breaker open after repeated failures.
  { from: 'tencent-sdk-client', category: 'unavailable', codes: 'ClientError.HttpStatusCodeError ClientError.ParseJsonError ClientError.CircuitBreakerError' },

  // Source: tencentcloud-sdk-go tencentcloud/live/v20180801/errors.go — Live (CSS) codes the
  // seed's table lists; kept so those replies are explained, marked so texts say "live".
  {
    from: 'tencent-live',
    category: 'server',
    override: { product: 'live' },
    codes: `FailedOperation.InvokeVideoApiFail InternalError.CallOtherSvrError InternalError.ConnectDbError
      InternalError.GetBizidError InternalError.GetStreamInfoError InternalError.GetUpstreamInfoError
      InternalError.GetWatermarkError InternalError.SystemError InternalError.UpdateDataError InternalError.WatermarkEditError`,
  },
  {
    from: 'tencent-live',
    category: 'invalid-request',
    override: { product: 'live' },
    // An expired certificate has to be replaced by the caller; retrying cannot help.
    codes: 'InternalError.ArgsNotMatch InternalError.CrtDateNotLegal InternalError.CrtDateOverdue InternalError.CrtKeyNotMatch InternalError.InvalidInput',
  },
  {
    from: 'tencent-live',
    category: 'conflict',
    override: { product: 'live' },
    codes: `InternalError.ConfInUsed InternalError.CrtDateInUsing InternalError.ProcessorAlreadyExist
      InternalError.RuleAlreadyExist InternalError.RuleInUsing InternalError.StreamStatusError`,
  },
  {
    from: 'tencent-live',
    category: 'not-found',
    override: { product: 'live' },
    codes: `InternalError.ConfNotFound InternalError.ConfigNotExist InternalError.CrtDateNotFound InternalError.CrtDomainNotFound
      InternalError.NotFound InternalError.PlayDomainNoRecord InternalError.PushDomainNoRecord InternalError.RuleNotFound
      InternalError.WatermarkNotExist ResourceNotFound.TaskId`,
  },
  // The seed text 模版数量超过显示 is a typo for 超过限制: template count over the limit.
  { from: 'tencent-live', category: 'quota', override: { product: 'live' }, codes: 'InternalError.ConfOutLimit InternalError.RuleOutLimit' },
  { from: 'tencent-live', category: 'account', override: { product: 'live' }, codes: 'InternalError.InvalidUser' },
  // [sic] "Permmit": matched exactly as sent.
  { from: 'tencent-live', category: 'permission', override: { product: 'live' }, codes: 'InternalError.NotPermmitOperat' },
];

/**
 * Tencent Cloud API 3.0 code → classification.
 *
 * @example
 * ```ts
 * tencentCatalog['ResourceNotFound.FileNotExist']; // 'not-found'
 * ```
 */
export const tencentCatalog = /* @__PURE__ */ tableFromGroups(tencentCodeGroups);
