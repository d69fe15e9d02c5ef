/** findVodError: a provider failure found inside a value that may be a success, in every supported format. */
import { describe, expect, it } from 'vitest';
import { findVodError, findVodErrorAsync, normalizeVodError, vodErrorCause } from '../../src/core';
import { aliyunRequestId } from '../fixtures/aliyun-replies';
import { huaweiRequestId } from '../fixtures/huawei-replies';
import { tencentRequestId } from '../fixtures/tencent-replies';

const tencentFailure = { Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'The file does not exist.' }, RequestId: tencentRequestId } };
const tencentSuccess = { Response: { MediaInfoSet: [], NotExistFileIdSet: [], RequestId: tencentRequestId } };
const legacyFailure = { code: 4000, message: '(10008)fileId does not exist', codeDesc: 'InvalidParameter' };
const legacySuccess = { code: 0, message: '', codeDesc: 'Success', fileSet: [] };
const liveFailure = { ret: 20601, retcode: 20601, message: 'channel not found', errmsg: 'channel not found', output: {} };
const aliyunFailure = { RequestId: aliyunRequestId, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'InvalidVideo.NotFound', Message: 'The video does not exist.' };
const aliyunSuccess = { RequestId: aliyunRequestId, VideoBase: { VideoId: '93ab850b4f6f54b6e91d24d81d4a4a1a', Status: 'Normal' }, PlayInfoList: { PlayInfo: [] } };
const huaweiFailure = { error_code: 'VOD.10062', error_msg: 'Media asset or resource does not exist, please check.' };
const huaweiNestedFailure = { error: { code: 'VOD.10062', message: 'Media asset or resource does not exist.' } };
const huaweiSuccess = { asset_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', base_info: { title: 'clip', video_type: 'MP4' }, status: 'PUBLISHED' };

describe('findVodError', () => {
  it.each([
    ['Tencent API 3.0 Response.Error (sent with HTTP 200)', tencentFailure, { provider: 'tencent', code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, category: 'not-found' }],
    ['Tencent legacy code !== 0 with a dual code', legacyFailure, { provider: 'tencent', code: '4000', subCode: '10008' }],
    ['Tencent live ret/retcode', liveFailure, { provider: 'tencent', code: '20601' }],
    ['Alibaba body', aliyunFailure, { provider: 'aliyun', code: 'InvalidVideo.NotFound', requestId: aliyunRequestId }],
    ['Huawei body', huaweiFailure, { provider: 'huawei', code: 'VOD.10062' }],
    ['Huawei nested error', huaweiNestedFailure, { provider: 'huawei', code: 'VOD.10062' }],
    ['an axios response with status 200', { status: 200, headers: { 'x-tc-traceid': 't-1' }, data: tencentFailure }, { code: 'ResourceNotFound.FileNotExist', traceId: 't-1' }],
    ['a { status, headers, body } wrapper with the body as text', { status: 200, headers: {}, body: JSON.stringify(tencentFailure) }, { code: 'ResourceNotFound.FileNotExist' }],
    ['an app envelope { ok, data }', { ok: true, data: legacyFailure }, { code: '4000' }],
    ['a Huawei response with X-Request-Id', { status: 404, headers: { 'X-Request-Id': huaweiRequestId }, data: huaweiFailure }, { httpStatus: 404, requestId: huaweiRequestId }],
    ['an error status with a body nobody recognises', { status: 502, headers: {}, body: '<html>Bad Gateway</html>' }, { code: 'HTTP.502' }],
    ['the body as JSON text', JSON.stringify(aliyunFailure), { code: 'InvalidVideo.NotFound' }],
    ['the Alibaba XML body', `<?xml version="1.0"?><Error><RequestId>${aliyunRequestId}</RequestId><Code>Throttling.User</Code><Message>Request was denied due to user flow control.</Message></Error>`, { code: 'Throttling.User', category: 'rate-limit' }],
    ['a model relayed by a backend', JSON.parse(JSON.stringify(normalizeVodError(tencentFailure))), { code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId }],
    ['a thrown SDK exception', Object.assign(new Error('not found'), { code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId }), { code: 'ResourceNotFound.FileNotExist' }],
    ['a failed transcode inside a Tencent event notification', { EventType: 'ProcedureStateChanged', ProcedureStateChangeEvent: { TaskId: 't-1', Status: 'FINISH', ErrCode: 0, FileId: '387702306989998301', MediaProcessResultSet: [{ Type: 'Transcode', TranscodeTask: { Status: 'FAIL', ErrCode: 60000, ErrCodeExt: 'SourceFileError.NoVideoMedia', Message: 'no video' } }] } }, { format: 'tencent-task', code: 'SourceFileError.NoVideoMedia' }],
  ])('finds the failure in %s', (_name, value, expected) => {
    expect(findVodError(value)).toMatchObject(expected);
  });

  it.each([
    ['a Tencent API 3.0 success', tencentSuccess],
    ['a Tencent API 3.0 success inside an axios response', { status: 200, headers: {}, data: tencentSuccess }],
    ['a Tencent legacy success (code 0)', legacySuccess],
    ['an Alibaba success', aliyunSuccess],
    ['an Alibaba-style { Code: "OK" } success', { Code: 'OK', Message: 'OK', RequestId: aliyunRequestId }],
    ['a Huawei success (with a business status field)', huaweiSuccess],
    ['a wrapper with status 200 and a success body as text', { status: 200, headers: {}, body: JSON.stringify(aliyunSuccess) }],
    ['a Tencent event notification whose tasks all succeeded', { EventType: 'ProcedureStateChanged', ProcedureStateChangeEvent: { TaskId: 't-1', Status: 'FINISH', ErrCode: 0, FileId: '387702306989998301', MediaProcessResultSet: [{ Type: 'Transcode', TranscodeTask: { Status: 'SUCCESS', ErrCode: 0, ErrCodeExt: '', Message: 'SUCCESS' } }] } }],
    ['a Tencent dry run (DryRunOperation: the request would have succeeded)', { Response: { Error: { Code: 'DryRunOperation', Message: 'ok' }, RequestId: tencentRequestId } }],
    ['an empty body', ''],
    ['null', null],
    ['a number', 42],
  ])('finds nothing in %s', (_name, value) => {
    expect(findVodError(value)).toBeUndefined();
  });

  it('never throws, even on a value whose every read throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(() => findVodError(hostile)).not.toThrow();
  });
});

describe('findVodErrorAsync', () => {
  const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

  it('finds a Tencent failure in a 200 Response and leaves the body for the caller', async () => {
    const response = jsonResponse(tencentFailure, 200, { 'X-TC-TraceId': 'trace-9' });
    const error = await findVodErrorAsync(response);
    expect(error).toMatchObject({ code: 'ResourceNotFound.FileNotExist', requestId: tencentRequestId, traceId: 'trace-9', category: 'not-found' });
    expect(vodErrorCause(error!)).toBe(response);
    await expect(response.json()).resolves.toEqual(tencentFailure);
  });

  it('finds nothing in a 200 Response with a success body, which the caller can still read', async () => {
    const response = jsonResponse(tencentSuccess);
    await expect(findVodErrorAsync(response)).resolves.toBeUndefined();
    await expect(response.json()).resolves.toEqual(tencentSuccess);
  });

  it('reports any error status, body or not', async () => {
    await expect(findVodErrorAsync(jsonResponse(huaweiFailure, 404, { 'X-Request-Id': huaweiRequestId }))).resolves.toMatchObject({ code: 'VOD.10062', httpStatus: 404, requestId: huaweiRequestId });
    await expect(findVodErrorAsync(new Response(null, { status: 503 }))).resolves.toMatchObject({ code: 'HTTP.503', retryable: true });
  });

  it('reads a relayed model back from a backend Response', async () => {
    const relayed = normalizeVodError(aliyunFailure);
    const error = await findVodErrorAsync(jsonResponse(relayed, 404, { 'X-Request-Id': aliyunRequestId }));
    expect(error).toMatchObject({ code: relayed.code, requestId: relayed.requestId, category: relayed.category, retryable: relayed.retryable });
  });

  it('treats plain values as findVodError does', async () => {
    await expect(findVodErrorAsync(tencentFailure)).resolves.toMatchObject({ code: 'ResourceNotFound.FileNotExist' });
    await expect(findVodErrorAsync(tencentSuccess)).resolves.toBeUndefined();
  });
});
