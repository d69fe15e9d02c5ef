import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';

const ALIYUN_REQUEST_ID = '8906582E-6722-409A-A6C4-0E7863B733A5';
const TENCENT_REQUEST_ID = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6';

describe('Alibaba RPC bodies', () => {
  const body = {
    RequestId: ALIYUN_REQUEST_ID,
    HostId: 'vod.cn-shanghai.aliyuncs.com',
    Code: 'InvalidVideo.NotFound',
    Message: 'The video does not exist.',
    Recommend: `https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod&requestId=${ALIYUN_REQUEST_ID}`,
  };

  it('reads code, RequestId, HostId and message from the JSON form', () => {
    const error = normalizeVodError({ status: 404, body });
    expect(error).toMatchObject({
      provider: 'aliyun',
      format: 'aliyun-rpc',
      code: 'InvalidVideo.NotFound',
      httpStatus: 404,
      requestId: ALIYUN_REQUEST_ID,
      hostId: 'vod.cn-shanghai.aliyuncs.com',
      message: 'The video does not exist.',
      category: 'not-found',
      retryable: false,
    });
  });

  it('reads the same fields from the XML form', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Error><RequestId>${ALIYUN_REQUEST_ID}</RequestId><HostId>vod.cn-shanghai.aliyuncs.com</HostId><Code>Throttling.User</Code><Message>Request was denied due to user flow control.</Message><Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=Throttling.User]]></Recommend></Error>`;
    const error = normalizeVodError(xml);
    expect(error).toMatchObject({ provider: 'aliyun', code: 'Throttling.User', requestId: ALIYUN_REQUEST_ID, category: 'rate-limit', retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });

  it('keeps the Recommend diagnosis link and fills the RequestId into its own diagnosis link', () => {
    const error = normalizeVodError(body);
    expect(error.links.find((link) => link.kind === 'recommend')?.url).toBe(body.Recommend);
    expect(error.links.find((link) => link.kind === 'diagnosis')?.url).toContain(`requestId=${ALIYUN_REQUEST_ID}`);
  });

  it('drops a Recommend link that does not point to an Alibaba domain', () => {
    for (const url of ['https://evil.example/troubleshoot', 'javascript:alert(1)', 'http://api.aliyun.com/x', 'https://api.aliyun.com.evil.example/', 'https://user@api.aliyun.com/']) {
      const error = normalizeVodError({ ...body, Recommend: url });
      expect(error.links.map((link) => link.url)).not.toContain(url);
    }
  });

  it('pulls the parameter name out of a MissingParameter message', () => {
    const error = normalizeVodError({ ...body, Code: 'MissingParameter', Message: 'The input parameter "VideoId" that is mandatory for processing this request is not supplied.' });
    expect(error.params.parameter).toBe('VideoId');
    expect(error.category).toBe('invalid-request');
  });

  it('classifies by code before status: Forbidden.IllegalStatus is the same error at 400 and 403', () => {
    const at400 = normalizeVodError({ status: 400, body: { ...body, Code: 'Forbidden.IllegalStatus' } });
    const at403 = normalizeVodError({ status: 403, body: { ...body, Code: 'Forbidden.IllegalStatus' } });
    expect(at400.category).toBe(at403.category);
  });
});

describe('Tencent Cloud API 3.0 envelopes', () => {
  const envelope = (code: string) => ({ Response: { Error: { Code: code, Message: 'message' }, RequestId: TENCENT_REQUEST_ID } });

  it('reads code and RequestId and ignores the HTTP 200 it arrives with', () => {
    const error = normalizeVodError({ status: 200, data: envelope('AuthFailure.SignatureFailure') });
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-v3', code: 'AuthFailure.SignatureFailure', requestId: TENCENT_REQUEST_ID, category: 'auth' });
    expect(error.severity).not.toBe('info');
  });

  it('falls back to the parent code for an unlisted child', () => {
    const error = normalizeVodError(envelope('InvalidParameterValue.SomethingNew'));
    expect(error.catalogCode).toBe('InvalidParameterValue');
    expect(error.category).toBe('invalid-request');
    expect(error.params.parameter).toBe('SomethingNew');
  });

  it('keeps the trace id from the X-TC-TraceId header', () => {
    const error = normalizeVodError({ status: 200, headers: { 'X-TC-TraceId': 'trace-123' }, data: envelope('InternalError') });
    expect(error.traceId).toBe('trace-123');
  });

  it('reports DryRunOperation as information, not failure', () => {
    const error = normalizeVodError(envelope('DryRunOperation'));
    expect(error.severity).toBe('info');
    expect(error.category).toBe('success');
  });

  it('matches misspelled codes exactly as the server sends them', () => {
    expect(normalizeVodError(envelope('InternalError.NotPermmitOperat')).catalogCode).toBe('InternalError.NotPermmitOperat');
  });
});

describe('Tencent legacy API 2.0 bodies', () => {
  it('reports both codes of a dual-code reply and explains the video-cloud one', () => {
    const error = normalizeVodError({ code: 5100, message: '20108:频道处于非编辑状态', codeDesc: 'ResourceOpFailed' });
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '5100', subCode: '20108', category: 'conflict' });
  });

  it('reads the "(10008)…" form of a dual code', () => {
    const error = normalizeVodError({ code: 4000, message: '(10008)fileId does not exist', codeDesc: 'InvalidParameter' });
    expect(error.subCode).toBe('10008');
    expect(error.category).toBe('not-found');
  });

  it('reads the live-code variant with ret/retcode/errmsg', () => {
    const error = normalizeVodError({ ret: 20601, retcode: 20601, message: '', errmsg: 'param error', output: {} });
    expect(error).toMatchObject({ provider: 'tencent', format: 'tencent-v2', code: '20601' });
  });

  it('carries no RequestId, because legacy bodies have none', () => {
    expect(normalizeVodError({ code: 4100, message: '鉴权失败', codeDesc: 'AuthFailure' }).requestId).toBeUndefined();
  });
});

describe('Huawei Cloud bodies', () => {
  it('takes the RequestId from the X-Request-Id header', () => {
    const error = normalizeVodError({
      status: 404,
      headers: new Headers({ 'X-Request-Id': 'f0c1d2e3a4b5' }),
      body: JSON.stringify({ error_code: 'VOD.10062', error_msg: 'Media asset or resource does not exist, please check.' }),
    });
    expect(error).toMatchObject({ provider: 'huawei', format: 'huawei', code: 'VOD.10062', httpStatus: 404, requestId: 'f0c1d2e3a4b5', category: 'not-found' });
  });

  it('reads API-gateway bodies with request_id in the body', () => {
    const error = normalizeVodError({ status: 401, body: { error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information: x', request_id: 'gw-1' } });
    expect(error).toMatchObject({ provider: 'huawei', code: 'APIG.0301', requestId: 'gw-1', category: 'auth' });
  });

  it('reads the nested {error:{code,message}} form', () => {
    const error = normalizeVodError({ error: { code: 'VOD.10053', message: 'Illegal parameter' } });
    expect(error).toMatchObject({ provider: 'huawei', code: 'VOD.10053', category: 'invalid-request' });
  });

  it('treats a 2xx reply as information', () => {
    const error = normalizeVodError(201, { provider: 'huawei' });
    expect(error).toMatchObject({ provider: 'huawei', httpStatus: 201, severity: 'info', category: 'success' });
  });

  it('retries 503 with backoff, against seed 004 advice (decision documented in the catalog)', () => {
    const error = normalizeVodError({ status: 503, headers: { 'x-request-id': 'r' }, body: '' }, { provider: 'huawei' });
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });
});

describe('replies that are not API replies', () => {
  it('reads the status of an HTML gateway page and keeps only its title as text', () => {
    const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><script>alert(1)</script><hr>Tengine</body></html>';
    const error = normalizeVodError({ status: 502, body: html });
    expect(error).toMatchObject({ code: 'HTTP.502', httpStatus: 502, category: 'unavailable', retryable: true });
    expect(error.message).toBe('502 Bad Gateway');
  });

  it('classifies a bare status', () => {
    expect(normalizeVodError(429)).toMatchObject({ code: 'HTTP.429', category: 'rate-limit', retryable: true });
    expect(normalizeVodError('404')).toMatchObject({ code: 'HTTP.404', category: 'not-found' });
  });

  it('honours a Retry-After header in seconds', () => {
    const error = normalizeVodError({ status: 429, headers: { 'retry-after': '7' } });
    expect(error.retryAfterMs).toBe(7000);
  });
});

describe('transport failures', () => {
  it.each([
    ['a browser fetch failure', new TypeError('Failed to fetch'), 'NetworkError', 'network'],
    ['a Node connection refusal', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }), 'NetworkError', 'network'],
    ['an abort', new DOMException('The user aborted a request.', 'AbortError'), 'Aborted', 'aborted'],
    ['a timeout signal', new DOMException('The operation timed out.', 'TimeoutError'), 'Timeout', 'timeout'],
    ['an axios timeout', { isAxiosError: true, code: 'ECONNABORTED', message: 'timeout of 5000ms exceeded', config: { url: '/x' } }, 'Timeout', 'timeout'],
  ])('gives %s a stable synthetic code', (_name, input, code, category) => {
    const error = normalizeVodError(input);
    expect(error.code).toBe(code);
    expect(error.category).toBe(category);
    expect(error.format).toBe('network');
  });

  it('detects the provider from the endpoint host in the message', () => {
    const error = normalizeVodError(Object.assign(new Error('getaddrinfo ENOTFOUND vod.tencentcloudapi.com'), { code: 'ENOTFOUND' }));
    expect(error.provider).toBe('tencent');
  });

  it('does not mistake a look-alike host for a provider', () => {
    const error = normalizeVodError(new Error('request to https://notaliyuncs.com.evil.example/ failed'));
    expect(error.provider).toBe('unknown');
  });
});

describe('idempotence', () => {
  it('returns the very same model when given a model it made', () => {
    const error = normalizeVodError({ Code: 'Throttling', RequestId: ALIYUN_REQUEST_ID, HostId: 'h' });
    expect(normalizeVodError(error)).toBe(error);
  });

  it('re-derives a JSON copy of a model to the same classification', () => {
    const error = normalizeVodError({ Code: 'Throttling', RequestId: ALIYUN_REQUEST_ID, HostId: 'h' });
    const copy = normalizeVodError(JSON.parse(JSON.stringify(error)));
    expect(copy).toMatchObject({ provider: error.provider, code: error.code, category: error.category, requestId: error.requestId, timestamp: error.timestamp });
  });

  it('does not trust links smuggled into a JSON copy', () => {
    const forged = { kind: 'vod-error', provider: 'aliyun', code: 'InternalError', category: 'server', links: [{ kind: 'docs', url: 'javascript:alert(1)' }] };
    expect(normalizeVodError(forged).links.map((link) => link.url)).not.toContain('javascript:alert(1)');
  });
});
