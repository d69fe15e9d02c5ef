import type { CatalogTable } from '../../catalog/types.js';

/**
 * Tencent Cloud API 3.0 codes (VOD 2018-07-17 and the shared common codes) → classification.
 * Sources: the common error codes page (https://cloud.tencent.com/document/api/266/31774) and
 * the VOD error list shipped in the official SDKs (public repository TencentCloud/tencentcloud-sdk-go,
 * `tencentcloud/vod/v20180717/errors.go`). Keys are exactly as the server sends them,
 * typos included. Parents (`InvalidParameterValue`, `ResourceUnavailable` …) are the fallback
 * for unknown children.
 *
 * @example
 * ```ts
 * tencentCatalog['ResourceNotFound.FileNotExist']; // 'not-found'
 * ```
 */
export const tencentCatalog: CatalogTable = {
  // Common codes
  ActionOffline: 'invalid-request',
  AuthFailure: 'auth',
  'AuthFailure.InvalidAuthorization': 'auth',
  'AuthFailure.InvalidSecretId': 'auth',
  'AuthFailure.MFAFailure': 'auth',
  'AuthFailure.SecretIdNotFound': 'auth',
  'AuthFailure.SignatureExpire': 'auth',
  'AuthFailure.SignatureFailure': 'auth',
  'AuthFailure.TokenFailure': 'auth',
  // The signature was valid; CAM refused the action. Authenticated but not allowed.
  'AuthFailure.UnauthorizedOperation': 'permission',
  DryRunOperation: 'success',
  // Generic business failure with no cause given: neither a retry nor a fix is implied.
  FailedOperation: 'unknown',
  InternalError: 'server',
  InvalidAction: 'invalid-request',
  InvalidParameter: 'invalid-request',
  InvalidParameterValue: 'invalid-request',
  InvalidRequest: 'invalid-request',
  IpInBlacklist: 'permission',
  IpNotInWhitelist: 'permission',
  LimitExceeded: 'quota',
  MissingParameter: 'invalid-request',
  NoSuchProduct: 'invalid-request',
  NoSuchVersion: 'invalid-request',
  RequestLimitExceeded: 'rate-limit',
  // Per-request size caps: the request itself must change (smaller body / smaller page), so
  // these are request errors, not account quotas.
  RequestSizeLimitExceeded: 'invalid-request',
  ResponseSizeLimitExceeded: 'invalid-request',
  ResourceInUse: 'conflict',
  // Provider-side capacity shortage: waiting may help.
  ResourceInsufficient: 'unavailable',
  ResourceNotFound: 'not-found',
  // A specific resource in a state that forbids the call (frozen, initializing …), not a
  // service outage: no automatic retry.
  ResourceUnavailable: 'conflict',
  ServiceUnavailable: 'unavailable',
  UnauthorizedOperation: 'permission',
  UnknownParameter: 'invalid-request',
  UnsupportedOperation: 'invalid-request',
  UnsupportedProtocol: 'invalid-request',
  UnsupportedRegion: 'invalid-request',

  // VOD FailedOperation.*
  'FailedOperation.ClassLevelLimitExceeded': 'quota',
  'FailedOperation.ClassNameDuplicate': 'conflict',
  'FailedOperation.ClassNoFound': 'not-found',
  'FailedOperation.DomainDeploying': 'conflict',
  'FailedOperation.InvalidAccount': 'account',
  'FailedOperation.InvalidVodUser': 'account',
  'FailedOperation.InvokeVideoApiFail': 'server',
  // Media banned by the platform (usually content review): the caller may not use it.
  'FailedOperation.MediaForbidedBySystem': 'permission',
  'FailedOperation.MediaType': 'invalid-request',
  // Tencent's own internal network, not the caller's connection.
  'FailedOperation.NetWorkError': 'server',
  'FailedOperation.NoPrivileges': 'permission',
  'FailedOperation.TaskDuplicate': 'conflict',
  'FailedOperation.UploadCosFail': 'server',
  // [sic] "Inavlid": VOD service stopped for the account (usually arrears).
  'FailedOperation.UserStatusInavlid': 'account',

  // InternalError.* — many are business outcomes despite the prefix; classified by meaning.
  'InternalError.ArgsNotMatch': 'invalid-request',
  'InternalError.CallOtherSvrError': 'server',
  'InternalError.ConfInUsed': 'conflict',
  'InternalError.ConfNotFound': 'not-found',
  // The provider's text 模版数量超过显示 is a typo for 超过限制: template count over the limit.
  'InternalError.ConfOutLimit': 'quota',
  'InternalError.ConfigNotExist': 'not-found',
  'InternalError.ConnectDbError': 'server',
  'InternalError.CrtDateInUsing': 'conflict',
  'InternalError.CrtDateNotFound': 'not-found',
  'InternalError.CrtDateNotLegal': 'invalid-request',
  // An expired certificate has to be replaced by the caller; retrying cannot help.
  'InternalError.CrtDateOverdue': 'invalid-request',
  'InternalError.CrtDomainNotFound': 'not-found',
  'InternalError.CrtKeyNotMatch': 'invalid-request',
  'InternalError.DBError': 'server',
  'InternalError.GetBizidError': 'server',
  'InternalError.GetStreamInfoError': 'server',
  'InternalError.GetUpstreamInfoError': 'server',
  'InternalError.GetWatermarkError': 'server',
  'InternalError.InvalidInput': 'invalid-request',
  'InternalError.InvalidUser': 'account',
  'InternalError.NotFound': 'not-found',
  // [sic] "Permmit": matched exactly as sent.
  'InternalError.NotPermmitOperat': 'permission',
  'InternalError.PlayDomainNoRecord': 'not-found',
  'InternalError.ProcessorAlreadyExist': 'conflict',
  'InternalError.PushDomainNoRecord': 'not-found',
  'InternalError.RuleAlreadyExist': 'conflict',
  'InternalError.RuleInUsing': 'conflict',
  'InternalError.RuleNotFound': 'not-found',
  'InternalError.RuleOutLimit': 'quota',
  'InternalError.StreamStatusError': 'conflict',
  'InternalError.SystemError': 'server',
  'InternalError.UpdateDataError': 'server',
  'InternalError.WatermarkEditError': 'server',
  'InternalError.WatermarkNotExist': 'not-found',

  // Parameter children
  'InvalidParameterValue.ExpireTime': 'invalid-request',
  // The SDKs document this one as "FileId does not exist", not as a malformed value.
  'InvalidParameterValue.FileId': 'not-found',
  // Same SessionId inside the dedup window: the request was dropped as a duplicate.
  'InvalidParameterValue.SessionId': 'conflict',
  'InvalidParameterValue.SubAppId': 'invalid-request',
  'InvalidParameterValue.VodSessionKey': 'invalid-request',

  // Limits
  'LimitExceeded.Quota': 'quota',
  'LimitExceeded.TooMuchTemplate': 'quota',

  // ResourceNotFound.* / ResourceUnavailable.*
  'ResourceNotFound.FileNotExist': 'not-found',
  // "Service not activated" in the SDK docs: an account state, not a missing object.
  'ResourceNotFound.ServiceNotExist': 'account',
  'ResourceNotFound.TaskId': 'not-found',
  'ResourceNotFound.TemplateNotExist': 'not-found',
  // VOD has no record of the user: in practice VOD was never activated for the account.
  'ResourceNotFound.UserNotExist': 'account',
  // HLS master playlists are not accepted as input: the request must change.
  'ResourceUnavailable.MasterPlaylist': 'invalid-request',

  // Deleting a category that still has media or children: wrong state, not unsupported.
  'UnsupportedOperation.ClassNotEmpty': 'conflict',
};
