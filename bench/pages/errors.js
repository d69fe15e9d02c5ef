// The 10 distinct errors of the browser benchmarks: real body shapes of the three providers.
// `makeErrors(n)` returns n fresh values (each with its own RequestId, as real failures have),
// cycling through the 10 codes, plus the plain strings a toast library without a normalizer gets.
const hex = (n, width) => (n >>> 0).toString(16).padStart(width, '0');
const uuid = (i) => `${hex(Math.imul(0x9e3779b9, i + 1), 8)}-${hex(i & 0xffff, 4)}-4a1b-8c2d-${hex(Math.imul(i, 7919), 12)}`;

const aliyun = (code, message) => (i) => ({
  RequestId: uuid(i).toUpperCase(),
  HostId: 'vod.cn-shanghai.aliyuncs.com',
  Code: code,
  Message: message,
});
const tencent = (code, message) => (i) => ({ Response: { Error: { Code: code, Message: message }, RequestId: uuid(i) } });
const huawei = (code, message) => (i) => ({ error_code: code, error_msg: message, request_id: hex(Math.imul(i, 2654435761), 32) });

const KINDS = [
  ['InvalidVideo.NotFound', 'The video does not exist.', aliyun],
  ['Forbidden', 'User not authorized to operate on the specified resource.', aliyun],
  ['Throttling.User', 'Request was denied due to user flow control.', aliyun],
  ['ResourceNotFound.FileNotExist', 'The file does not exist.', tencent],
  ['AuthFailure.SignatureExpire', 'Signature expired.', tencent],
  ['RequestLimitExceeded', 'Your request frequency has exceeded the limit.', tencent],
  ['InternalError', 'Internal error.', tencent],
  ['VOD.10053', 'The media asset does not exist.', huawei],
  ['VOD.10081', 'Invalid request.', huawei],
  ['VST.10001', 'Invalid request field.', huawei],
].map(([code, message, make]) => ({ code, message, make: make(code, message) }));

export function makeErrors(count, offset = 0) {
  return Array.from({ length: count }, (_, index) => {
    const i = index + offset;
    const kind = KINDS[i % KINDS.length];
    const body = kind.make(i);
    return { body, code: kind.code, title: kind.code, description: kind.message, requestId: body.RequestId ?? body.request_id ?? body.Response?.RequestId };
  });
}
