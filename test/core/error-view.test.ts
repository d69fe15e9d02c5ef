import { describe, expect, it } from 'vitest';
import { vodErrorViewFacts } from '../../src/core';

const forbiddenRam = { Code: 'Forbidden.RAM', RequestId: 'E8A1C0DE-5F4B-4E3A-9D21-7C6B5A4F3E2D', Message: 'User not authorized.' };
const invalidVodUser = { Response: { Error: { Code: 'FailedOperation.InvalidVodUser', Message: 'VOD service not enabled.' }, RequestId: '6ca31e3a-6b8e-4b4e-9f2c-6b1d8e2f3a40' } };
const throttled = { Code: 'Throttling.User', RequestId: '1B2C3D4E-0000-4000-8000-0000000000AA', Message: 'Request was denied due to user flow control.' };

describe('vodErrorViewFacts', () => {
  it.each([
    { name: 'Alibaba Forbidden.RAM', input: forbiddenRam },
    { name: 'Tencent FailedOperation.InvalidVodUser', input: invalidVodUser },
  ])('given $name and an app that can retry, should not call Retry honest and should put Details first', ({ input }) => {
    const view = vodErrorViewFacts(input, { appCanRetry: true });
    expect(view.canRetry).toBe(false);
    expect(view.primaryAction).toBe('details');
  });

  it.each([
    { name: 'Alibaba Forbidden.RAM', input: forbiddenRam },
    { name: 'Tencent FailedOperation.InvalidVodUser', input: invalidVodUser },
  ])('given $name and a support contact, should put Contact support first', ({ input }) => {
    expect(vodErrorViewFacts(input, { appCanRetry: true, hasSupportContact: true }).primaryAction).toBe('contact-support');
  });

  it('given a throttled request and an app that can retry, should put Retry first with the suggested wait', () => {
    const view = vodErrorViewFacts(throttled, { appCanRetry: true, hasSupportContact: true });
    expect(view.canRetry).toBe(true);
    expect(view.primaryAction).toBe('retry');
    expect(view.retryAfterMs).toBeGreaterThan(0);
  });

  it('given a throttled request and no retry handler, should call Retry honest but put Details first', () => {
    const view = vodErrorViewFacts(throttled);
    expect(view.canRetry).toBe(true);
    expect(view.primaryAction).toBe('details');
  });

  it('given retry "always", should offer Retry for an error that is not retryable', () => {
    const view = vodErrorViewFacts(forbiddenRam, { appCanRetry: true, retry: 'always' });
    expect(view.canRetry).toBe(true);
    expect(view.primaryAction).toBe('retry');
  });

  it('should expose the RequestId, the role and the styling contract', () => {
    const view = vodErrorViewFacts(forbiddenRam);
    expect(view.requestId).toBe(forbiddenRam.RequestId);
    expect(view.role).toBe('alert');
    expect(view.dataAttributes).toEqual({ 'data-severity': 'error', 'data-category': 'permission', 'data-provider': 'aliyun', 'data-retryable': 'false' });
  });

  it('given an aborted request, should be a status, not an alert', () => {
    expect(vodErrorViewFacts(new DOMException('The user aborted a request.', 'AbortError')).role).toBe('status');
  });
});
