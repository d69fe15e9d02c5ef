import { describe, expect, it } from 'vitest';
import { fromAliyunUploadFailure, normalizeVodError, type VodError, type VodErrorCategory, type VodErrorSeverity } from '../../src/core';
import { readPublishedCodes, type PublishedCode } from '../fixtures/published-codes/read-published-codes';

// What each published code means, decided from the provider's own description (the TSVs in
// shared/reference), not read back from the catalog. Codes not listed under a category are
// request errors: the caller has to change the request.
type Expectations = Readonly<Partial<Record<VodErrorCategory, string>>>;

const words = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);

function expectationTable(expectations: Expectations): (code: string) => VodErrorCategory {
  const byCode = new Map<string, VodErrorCategory>();
  for (const [category, list] of Object.entries(expectations)) for (const code of words(list)) byCode.set(code, category as VodErrorCategory);
  return (code) => byCode.get(code) ?? 'invalid-request';
}

const tencentCategory = expectationTable({
  auth: `AuthFailure AuthFailure.InvalidAuthorization AuthFailure.InvalidSecretId AuthFailure.MFAFailure AuthFailure.SecretIdNotFound
    AuthFailure.SignatureExpire AuthFailure.SignatureFailure AuthFailure.TokenFailure`,
  permission: `AuthFailure.UnauthorizedOperation FailedOperation.NoPrivileges UnauthorizedOperation IpInBlacklist IpNotInWhitelist
    InvalidInput.PermissionDenied`,
  account: `FailedOperation.InvalidAccount FailedOperation.InvalidVodUser FailedOperation.UserStatusInavlid InvalidParameterValue.AppId
    ResourceNotFound.ServiceNotExist ResourceNotFound.UserNotExist`,
  unknown: 'FailedOperation',
  server: `FailedOperation.DBError FailedOperation.NetWorkError FailedOperation.UploadCosFail InternalError InternalError.DBError
    InternalError.GenDefinition InternalError.GetFileInfoError InternalError.GetMediaListError InternalError.TimeParseError
    InternalError.UpdateMediaError InternalError.UploadCoverImageError InternalError.UploadWatermarkError`,
  conflict: `FailedOperation.ClassNameDuplicate FailedOperation.DomainDeploying FailedOperation.MediaForbidedBySystem
    FailedOperation.NoNeedToReduceMediaBitrate FailedOperation.TaskDuplicate InvalidParameter.ExistedProcedureName
    InvalidParameterValue.ExistedName InvalidParameterValue.FaceDuplicate InvalidParameterValue.RoundPlayAlreadyExists
    InvalidParameterValue.SessionId InvalidParameterValue.UniqueIdentifier ResourceInUse ResourceUnavailable
    UnsupportedOperation.ClassNotEmpty InvalidInput.TaskDuplicated`,
  'not-found': `FailedOperation.ClassNoFound FailedOperation.ParentIdNoFound InvalidParameter.ProcedureNameNotExist
    InvalidParameterValue.FileId InvalidParameterValue.TaskId InvalidParameterValue.DomainName ResourceNotFound ResourceNotFound.CoverUrl
    ResourceNotFound.FileNotExist ResourceNotFound.Person ResourceNotFound.TemplateNotExist ResourceNotFound.Word
    InvalidInput.DefinitionNotExist`,
  quota: `FailedOperation.ClassLevelLimitExceeded FailedOperation.SubclassLimitExceeded LimitExceeded LimitExceeded.KeyFrameDescCountReachMax
    LimitExceeded.Quota LimitExceeded.RoundPlays LimitExceeded.RunningRoundPlays LimitExceeded.TagCountReachMax LimitExceeded.TooMuchTemplate`,
  'rate-limit': `RequestLimitExceeded RequestLimitExceeded.GlobalRegionUinLimitExceeded RequestLimitExceeded.IPLimitExceeded
    RequestLimitExceeded.UinLimitExceeded`,
  success: 'DryRunOperation',
  unavailable: 'ResourceInsufficient ServiceUnavailable',
});

const aliyunCategory = expectationTable({
  auth: 'UploadTokenExpired SecurityTokenExpired',
  permission: 'AccessDenied Forbidden Forbidden.OperateApp Forbidden.OperateAppResource PermissionDenied InnerAddDomainDenied',
  account: 'OperationDenied OperationDenied.NotOpenAppService OperationDenied.Suspended Forbidden.InitFailed NotInternationRealIdentity',
  conflict: `AlreadyExist.AppName BusinessExist Certificate.Duplicated DomainAlreadyExist ExtensiveAndAllBothExist
    ExtensiveAndSpecificDomainConflict FileAlreadyExist Forbidden.DefaultTemplateGroup Forbidden.IllegalStatus Forbidden.LockedTemplateGroup
    Forbidden.ResourceNotEmpty Forbidden.SpecialTemplateGroup Certificate.NotPermittedOff Certificate.SettedNotEffect Certificate.StatusError
    InvalidStatus.ResourceGroup InvalidDomain.Offline FileAlreadyCancel UploadNotExpire UploadNotStart ServiceBusy`,
  'not-found': `Certificate.NotFind EntityNotExists.ResourceGroup FileNotExist InvalidCateId.NotFound InvalidDomain.NotFound
    InvalidFile.NotFound InvalidMultipartUpload.NotFound InvalidStorage.NotFound InvalidStream.NotFound InvalidTemplateGroupId.NotFound
    InvalidTranscodeTemplateGroup.NotFound InvalidVideo.NotFound InvalidVideo.NoneStream NoSuchResource SecurityIp.NotFound`,
  quota: `DomainOverLimit LevelExceededMax LimitExceeded.AppCount QuotaExceeded.Refresh SecurityIpGroupExceededMax SubTotalExceededMax
    TranscodeTemplateExceededMax TrasncodeTemplateGroupExceededMax`,
  'rate-limit': 'Throttling QuotaPerMinuteExceeded.Refresh PreloadQueueFull',
  server: 'AddVideoFailed DeleteStreamFailed DeleteVideoFailed InternalError ListSecurityIpFailed DeleteFailed DeleteFunctionFailed',
  unavailable: 'ServiceUnAvailable',
});
// Codes with spaces cannot sit in a whitespace list.
const aliyunCategoryWithSpaces: Readonly<Record<string, VodErrorCategory>> = { 'Step Not Idle': 'conflict', 'Upload Status Error': 'conflict' };

const huaweiCategory = expectationTable({
  server: 'VST.10002 VOD.10051 VOD.10052 VOD.10073 VOD.10076 VOD.10084 VOD.10092 VOD.10094 VOD.10104 VOD.10105 VOD.10122 APIG.0103 APIG.0104 APIG.0105 APIG.0107',
  auth: 'VST.10004 VOD.10054 VOD.10077',
  account: 'VOD.10055 VOD.10056 VOD.10120 VOD.10132',
  permission: 'VOD.10070 VOD.10071 VOD.10074 VOD.10111 VOD.10114 VOD.10133 VOD.10138',
  'not-found': 'VOD.10062 VOD.10064 VOD.10068 VOD.10089 VOD.10124 VOD.10129 APIG.0101',
  conflict: `VOD.10060 VOD.10061 VOD.10065 VOD.10069 VOD.10072 VOD.10082 VOD.10083 VOD.10088 VOD.10090 VOD.10096 VOD.10098 VOD.10099
    VOD.10100 VOD.10101 VOD.10110 VOD.10113 VOD.10115 VOD.10116 VOD.10117 VOD.10118 VOD.10119 VOD.10123 VOD.10126 VOD.10128 VOD.10131 VOD.10135`,
  quota: 'VOD.10066 VOD.10067 VOD.10078 VOD.10085 VOD.10125',
  'rate-limit': 'VOD.10127',
  unavailable: 'VOD.10136 APIG.0202',
  success: 'VOD.10079 VOD.10080 VOD.10091 VOD.10093',
});
// APIG.0201 means what its status says.
const apig0201ByStatus: Readonly<Record<number, VodErrorCategory>> = {
  400: 'invalid-request', 413: 'invalid-request', 414: 'invalid-request', 494: 'invalid-request', 500: 'server', 502: 'unavailable', 503: 'unavailable', 504: 'unavailable',
};

const RETRYABLE_CATEGORIES = new Set<VodErrorCategory>(['rate-limit', 'server', 'unavailable', 'network', 'timeout']);
// Departures from the category rule, each with its reason beside the catalog entry.
const retryableDespiteCategory = new Set(['FailedOperation.DomainDeploying', 'ServiceBusy', 'VOD.10098', 'VOD.10116', 'VOD.10118']);
const notRetryableDespiteCategory = new Set(['VOD.10073', 'VOD.10092', 'VOD.10104', 'VOD.10105']);
const severityDespiteCategory: Readonly<Record<string, VodErrorSeverity>> = {
  'FailedOperation.MediaForbidedBySystem': 'error',
  'VOD.10099': 'error',
  UploadTokenExpired: 'warning',
  SecurityTokenExpired: 'warning',
};
const DEFAULT_SEVERITY: Readonly<Record<VodErrorCategory, VodErrorSeverity>> = {
  auth: 'error', permission: 'error', account: 'error', quota: 'error', 'rate-limit': 'warning', 'invalid-request': 'error', 'not-found': 'error',
  conflict: 'warning', server: 'error', unavailable: 'warning', network: 'warning', timeout: 'warning', aborted: 'info', success: 'info', unknown: 'error',
};

function expectClassified(error: VodError, code: string, category: VodErrorCategory): void {
  expect(error.code).toBe(code);
  expect(error.catalogCode).toBe(code);
  expect(error.category).toBe(category);
  const retryable = retryableDespiteCategory.has(code) || (RETRYABLE_CATEGORIES.has(category) && !notRetryableDespiteCategory.has(code));
  expect(error.retryable).toBe(retryable);
  expect(error.severity).toBe(severityDespiteCategory[code] ?? DEFAULT_SEVERITY[category]);
}

const isTaskCode = (published: PublishedCode) => published.source.includes('task');

/** A transcoding result as DescribeTaskDetail returns it, failed with `code` in `ErrCodeExt`. */
function tencentTaskResult(code: string): unknown {
  return {
    Response: {
      TaskType: 'Procedure',
      Status: 'FINISH',
      CreateTime: '2026-12-02T05:00:00Z',
      ProcedureTask: {
        TaskId: '1251000000-procedurev2-5c6a1b2d3e4f',
        Status: 'FINISH',
        ErrCode: 0,
        Message: 'SUCCESS',
        FileId: '5285890781763144364',
        MediaProcessResultSet: [
          { Type: 'Transcode', TranscodeTask: { Status: 'FAIL', ErrCode: 60000, ErrCodeExt: code, Message: 'source file error', Input: { Definition: 100030 } } },
        ],
      },
      RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
    },
  };
}

describe('every published Tencent VOD code is recognised as itself', () => {
  const published = readPublishedCodes('tencent');
  it('reads the whole list', () => expect(published).toHaveLength(285));

  it.each(published.filter((code) => !isTaskCode(code)).map((code) => [code.code] as const))('API reply %s', (code) => {
    const error = normalizeVodError({ Response: { Error: { Code: code, Message: '' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } });
    expect(error.provider).toBe('tencent');
    expectClassified(error, code, tencentCategory(code));
  });

  it.each(published.filter(isTaskCode).map((code) => [code.code] as const))('task result %s', (code) => {
    const error = normalizeVodError(tencentTaskResult(code));
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-task', params: { taskId: '1251000000-procedurev2-5c6a1b2d3e4f', videoId: '5285890781763144364' } });
    expectClassified(error, code, tencentCategory(code));
  });
});

describe('every published Alibaba VOD code is recognised as itself', () => {
  const published = readPublishedCodes('aliyun');
  it('reads the whole list', () => expect(published).toHaveLength(149));
  const api = published.filter((code) => code.statuses.length > 0);
  const cases = api.flatMap((code) => code.statuses.map((status) => [code.code, status] as const));

  it.each(cases)('API reply %s (HTTP %i)', (code, status) => {
    const body = { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: code, Message: '' };
    const error = normalizeVodError({ status, body });
    expect(error).toMatchObject({ provider: 'aliyun', httpStatus: status, hostId: 'vod.cn-shanghai.aliyuncs.com' });
    expectClassified(error, code, aliyunCategory(code));
  });

  it.each(published.filter((code) => code.statuses.length === 0).map((code) => [code.code] as const))('upload SDK callback %s', (code) => {
    const error = normalizeVodError(fromAliyunUploadFailure({ videoId: 'a1b2c3' }, code, ''));
    expect(error.provider).toBe('aliyun');
    expectClassified(error, code, aliyunCategoryWithSpaces[code] ?? aliyunCategory(code));
  });
});

describe('every published Huawei VOD code is recognised as itself', () => {
  const published = readPublishedCodes('huawei');
  it('reads the whole list', () => expect(published).toHaveLength(98));
  const cases = published.flatMap((code) => code.statuses.map((status) => [code.code, status] as const));

  it.each(cases)('reply %s (HTTP %i)', (code, status) => {
    const error = normalizeVodError({ status, headers: { 'X-Request-Id': 'c5b2a1e0d9f8' }, body: { error_code: code, error_msg: '' } });
    expect(error).toMatchObject({ provider: 'huawei', httpStatus: status, requestId: 'c5b2a1e0d9f8' });
    expectClassified(error, code, code === 'APIG.0201' ? (apig0201ByStatus[status] as VodErrorCategory) : huaweiCategory(code));
  });
});

describe('codes no list holds fall back the same way everywhere', () => {
  const tencent = (code: string) => normalizeVodError({ Response: { Error: { Code: code, Message: '' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } });
  const aliyun = (code: string, status = 400) =>
    normalizeVodError({ status, body: { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: code, Message: '' } });
  const huawei = (code: string, status = 403) => normalizeVodError({ status, body: { error_code: code, error_msg: '' } });

  it('an unknown Huawei VOD code under 403 is not read as "no permission"', () => {
    for (const code of ['VOD.10199', 'VOD.100021010', 'VST.10099']) {
      const error = huawei(code);
      expect(error.provider).toBe('huawei');
      expect(error.category).not.toBe('permission');
      expect(error.catalogCode).toBeUndefined();
    }
  });

  it('an unknown Huawei code still follows a status that says something (500)', () => {
    expect(huawei('VOD.10199', 500).category).toBe('server');
  });

  it('blocked media is the same situation for Tencent, Huawei and an unlisted code', () => {
    const seen = [tencent('FailedOperation.MediaForbidedBySystem'), huawei('VOD.10099'), tencent('FailedOperation.MediaBannedBySystem'), aliyun('InvalidVideo.Blocked')];
    expect(new Set(seen.map((error) => `${error.category}/${error.severity}/${error.retryable}`))).toEqual(new Set(['conflict/error/false']));
  });

  it('a domain still deploying is the same situation for all three, and an unlisted code', () => {
    const seen = [tencent('FailedOperation.DomainDeploying'), aliyun('ServiceBusy', 403), huawei('VOD.10098'), aliyun('Domain.Configuring')];
    expect(new Set(seen.map((error) => `${error.category}/${error.retryable}`))).toEqual(new Set(['conflict/true']));
  });

  it('too many items in one request is a request error for all three, listed or not', () => {
    const seen = [
      aliyun('JobIdsExceededMax'),
      aliyun('VideoIdsExceededMax'),
      aliyun('MediaIdsExceededMax'),
      tencent('InvalidParameterValue.FileIdsTooMany'),
      tencent('FailedOperation.TaskIdsOverLimit'),
      huawei('VOD.10137'),
    ];
    expect(seen.map((error) => error.category)).toEqual(seen.map(() => 'invalid-request'));
  });

  it('a child of a generic failure is read by its words, keeping the parent as catalog code', () => {
    const error = tencent('FailedOperation.CoverNotFound');
    expect(error).toMatchObject({ category: 'not-found', catalogCode: 'FailedOperation' });
  });

  it('the seed\'s Live (CSS) codes are marked as live in the catalog', async () => {
    const { vodErrorCatalog } = await import('../../src/core');
    const live = Object.entries(vodErrorCatalog.tencent).filter(([, entry]) => typeof entry !== 'string' && entry[1].product === 'live');
    expect(live.map(([code]) => code)).toHaveLength(35);
    expect(live.map(([code]) => code)).toContain('FailedOperation.InvokeVideoApiFail');
    expect(live.map(([code]) => code)).toContain('ResourceNotFound.TaskId');
    // None of them is a VOD code.
    const vod = new Set(readPublishedCodes('tencent').map((code) => code.code));
    expect(live.filter(([code]) => vod.has(code))).toEqual([]);
  });
});
