import { describe, expect, it } from 'vitest';
import { normalizeVodError, type VodErrorCategory } from '../../src/core';
import { seedCodes, type SeedCode } from '../fixtures/seed-codes';
import { seedEnvelope } from '../i18n/seed-envelopes';

// What each seed code means, decided from the seed's description (not read back from the
// catalog): the catalog must agree with a person reading the provider's document.
const expectedCategory: Readonly<Record<string, VodErrorCategory>> = {
  // Alibaba (seeds 000/001)
  MissingParameter: 'invalid-request', InvalidParameter: 'invalid-request', OperationDenied: 'account',
  'OperationDenied.Suspended': 'account', Forbidden: 'permission', InternalError: 'server', ServiceUnAvailable: 'unavailable',
  // Tencent API 3.0 (seed 002)
  'AuthFailure.InvalidSecretId': 'auth', 'AuthFailure.MFAFailure': 'auth', 'AuthFailure.SecretIdNotFound': 'auth',
  'AuthFailure.SignatureExpire': 'auth', 'AuthFailure.SignatureFailure': 'auth', 'AuthFailure.TokenFailure': 'auth',
  'AuthFailure.UnauthorizedOperation': 'permission', DryRunOperation: 'success', FailedOperation: 'unknown',
  InvalidAction: 'invalid-request', InvalidParameterValue: 'invalid-request', LimitExceeded: 'quota',
  NoSuchVersion: 'invalid-request', RequestLimitExceeded: 'rate-limit', ResourceInUse: 'conflict',
  ResourceInsufficient: 'unavailable', ResourceNotFound: 'not-found', ResourceUnavailable: 'conflict',
  UnauthorizedOperation: 'permission', UnknownParameter: 'invalid-request', UnsupportedOperation: 'invalid-request',
  UnsupportedProtocol: 'invalid-request', UnsupportedRegion: 'invalid-request',
  'FailedOperation.InvokeVideoApiFail': 'server', 'InternalError.ArgsNotMatch': 'invalid-request',
  'InternalError.CallOtherSvrError': 'server', 'InternalError.ConfInUsed': 'conflict', 'InternalError.ConfNotFound': 'not-found',
  'InternalError.ConfOutLimit': 'quota', 'InternalError.ConfigNotExist': 'not-found', 'InternalError.ConnectDbError': 'server',
  'InternalError.CrtDateInUsing': 'conflict', 'InternalError.CrtDateNotFound': 'not-found', 'InternalError.CrtDateNotLegal': 'invalid-request',
  'InternalError.CrtDateOverdue': 'invalid-request', 'InternalError.CrtDomainNotFound': 'not-found', 'InternalError.CrtKeyNotMatch': 'invalid-request',
  'InternalError.DBError': 'server', 'InternalError.GetBizidError': 'server', 'InternalError.GetStreamInfoError': 'server',
  'InternalError.GetUpstreamInfoError': 'server', 'InternalError.GetWatermarkError': 'server', 'InternalError.InvalidInput': 'invalid-request',
  'InternalError.InvalidUser': 'account', 'InternalError.NotFound': 'not-found', 'InternalError.NotPermmitOperat': 'permission',
  'InternalError.PlayDomainNoRecord': 'not-found', 'InternalError.ProcessorAlreadyExist': 'conflict', 'InternalError.PushDomainNoRecord': 'not-found',
  'InternalError.RuleAlreadyExist': 'conflict', 'InternalError.RuleInUsing': 'conflict', 'InternalError.RuleNotFound': 'not-found',
  'InternalError.RuleOutLimit': 'quota', 'InternalError.StreamStatusError': 'conflict', 'InternalError.SystemError': 'server',
  'InternalError.UpdateDataError': 'server', 'InternalError.WatermarkEditError': 'server', 'InternalError.WatermarkNotExist': 'not-found',
  'ResourceNotFound.TaskId': 'not-found',
  // Tencent legacy access-layer codes (seed 003)
  '4000': 'invalid-request', '4100': 'auth', '4200': 'auth', '4300': 'permission', '4400': 'rate-limit', '4500': 'auth',
  '4600': 'invalid-request', '5000': 'not-found', '5100': 'unknown', '5200': 'unavailable', '5300': 'account', '5400': 'unknown',
  '5500': 'account', '6000': 'server', '6100': 'invalid-request', '6200': 'unavailable',
  // Tencent video-cloud codes, inside a 5100 dual-code reply (seed 003)
  '1000': 'invalid-request', '1001': 'server', '1002': 'account', '1003': 'account', '3000': 'server', '4001': 'invalid-request',
  '20100': 'server', '20101': 'quota', '20102': 'server', '20103': 'server', '20104': 'server', '20105': 'server', '20106': 'server',
  '20107': 'server', '20108': 'conflict', '20109': 'conflict', '20111': 'conflict', '20112': 'invalid-request', '20113': 'invalid-request',
  '20114': 'account', '20200': 'invalid-request', '20201': 'server', '20202': 'server', '20203': 'server', '20204': 'invalid-request',
  '20250': 'invalid-request', '20251': 'not-found', '20252': 'server', '20253': 'quota', '20300': 'server', '20301': 'not-found',
  '20320': 'server', '20321': 'server', '20322': 'conflict', '20323': 'invalid-request', '20326': 'server', '20327': 'not-found',
  '20328': 'not-found', '20500': 'not-found',
  // Huawei statuses (seed 004)
  '200': 'success', '201': 'success', '202': 'success', '204': 'success', '400': 'invalid-request', '401': 'auth', '403': 'permission',
  '404': 'not-found', '405': 'invalid-request', '406': 'invalid-request', '407': 'auth', '408': 'timeout', '409': 'conflict',
  '500': 'server', '501': 'invalid-request', '502': 'unavailable', '503': 'unavailable', '504': 'timeout',
};

const RETRYABLE_CATEGORIES = new Set<VodErrorCategory>(['rate-limit', 'server', 'unavailable', 'network', 'timeout']);
// Departures from the category rule, each with its reason in the catalog.
const notRetryableDespiteCategory = new Set(['5200']); // purchase failed: retrying buys nothing

function expectedRetryable(seed: SeedCode): boolean {
  if (notRetryableDespiteCategory.has(seed.code)) return false;
  return RETRYABLE_CATEGORIES.has(expectedCategory[seed.code] as VodErrorCategory);
}

describe('every seed code, from its real envelope', () => {
  it('has an expected category written for each seed code', () => {
    expect(seedCodes.filter((seed) => expectedCategory[seed.code] === undefined).map((seed) => seed.code)).toEqual([]);
  });

  it.each(seedCodes.map((seed) => [`${seed.api} ${seed.code}`, seed] as const))('%s', (_name, seed) => {
    const error = normalizeVodError(seedEnvelope(seed));
    expect(error.provider).toBe(seed.provider);
    if (seed.api === 'tencent-v2-video-cloud') {
      expect(error.code).toBe('5100');
      expect(error.subCode).toBe(seed.code);
    } else if (seed.api === 'huawei-status') {
      expect(error.code).toBe(`HTTP.${seed.code}`);
    } else {
      expect(error.code).toBe(seed.code);
    }
    if (seed.httpStatus !== undefined) expect(error.httpStatus).toBe(seed.httpStatus);
    // RequestIds come from the body (Alibaba, Tencent 3.0) or the X-Request-Id header (Huawei);
    // legacy Tencent bodies carry none.
    if (seed.api.startsWith('tencent-v2')) expect(error.requestId).toBeUndefined();
    else expect(error.requestId).toMatch(/^[0-9a-fA-F-]{20,}$/);
    expect(error.category).toBe(expectedCategory[seed.code]);
    expect(error.retryable).toBe(expectedRetryable(seed));
    expect(error.severity === 'info').toBe(seed.success === true || expectedCategory[seed.code] === 'success');
  });
});
