/**
 * Real failures a backend catches, with the credentials they carry: the official SDKs of the
 * three providers, Tencent's upload SDK, axios and fetch, all run against the loopback
 * provider, and Alibaba's upload-SDK callback. Each provider reply that can echo a credential
 * (a signature mismatch quoting the string to sign) does.
 */
import axios from 'axios';
import TcVodExport from 'vod-js-sdk-v6';
import { vodAxios } from 'vod-js-sdk-v6/lib/src/uploader';
import { fromAliyunUploadFailure } from '../../../src/core';
import { randomString } from '../../fuzz/secret-corpus';
import { rejectionOf } from '../../contract/support/capture';
import { closedPort, type Loopback, type LoopbackReply } from '../../contract/support/loopback';
import { aliyunForbiddenReply, aliyunHostId, aliyunRequestId, aliyunUnavailableReply, aliyunVideoNotFoundReply } from '../../fixtures/aliyun-replies';
import { huaweiAssetNotFoundReply, huaweiGatewayAuthReply, huaweiRequestId } from '../../fixtures/huawei-replies';
import { tencentFileNotFoundReply, tencentRequestId, tencentUnavailableReply, tencentUploadForbiddenReply } from '../../fixtures/tencent-replies';
import { backendCredentials, callSdk, credentialValues, type BackendCredentials, type SdkName } from './provider-calls';

const TcVod = (TcVodExport as unknown as { default?: typeof TcVodExport }).default ?? TcVodExport;
const json = { 'content-type': 'application/json' };

/** Provider replies that quote the caller's credentials back, as signature errors do. */
export function echoingReplies(credentials: BackendCredentials) {
  return {
    tencent: {
      status: 200,
      headers: json,
      body: JSON.stringify({
        Response: {
          Error: {
            Code: 'AuthFailure.SignatureFailure',
            Message: `The provided credentials could not be validated. Authorization: TC3-HMAC-SHA256 Credential=${credentials.tencentSecretId}/2024-05-01/vod/tc3_request, SignedHeaders=content-type;host, Signature=${randomString('0123456789abcdef', 64)} X-TC-Token: ${credentials.tencentToken}`,
          },
          RequestId: tencentRequestId,
        },
      }),
    },
    aliyun: {
      status: 400,
      headers: json,
      body: JSON.stringify({
        RequestId: aliyunRequestId,
        HostId: aliyunHostId,
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3D${credentials.aliyunAccessKeyId}%26Action%3DGetPlayInfo%26SecurityToken%3D${credentials.aliyunSecurityToken}`,
      }),
    },
    huawei: {
      status: 401,
      headers: { ...json, 'X-Request-Id': huaweiRequestId },
      body: JSON.stringify({
        error_code: 'APIG.0301',
        error_msg: `Incorrect IAM authentication information: Authorization: SDK-HMAC-SHA256 Access=${credentials.huaweiAk}, SignedHeaders=host, Signature=${randomString('0123456789abcdef', 64)}`,
        request_id: huaweiRequestId,
      }),
    },
  } satisfies Record<string, LoopbackReply>;
}

export interface CaughtFailure {
  readonly name: string;
  /** What the backend's `catch` got. */
  readonly caught: unknown;
  /** Credential values the call was made with or the reply carried. */
  readonly secrets: readonly string[];
}

/** Runs every client against the loopback provider and collects what each threw. */
export async function collectFailures(server: Loopback): Promise<CaughtFailure[]> {
  const credentials = backendCredentials();
  const secrets = credentialValues(credentials);
  const echo = echoingReplies(credentials);
  const refusedPort = await closedPort();
  const sdkCases: Array<[SdkName, string, LoopbackReply | 'refused']> = [
    ['tencent', 'API error with HTTP 200', tencentFileNotFoundReply],
    ['tencent', 'signature error quoting the credential', echo.tencent],
    ['tencent', '503', tencentUnavailableReply],
    ['tencent', 'refused connection', 'refused'],
    ['pop-core', '404', aliyunVideoNotFoundReply],
    ['pop-core', 'signature error quoting the string to sign', echo.aliyun],
    ['pop-core', 'refused connection (signed URL in the message)', 'refused'],
    ['tea', '403 with AccessDeniedDetail', aliyunForbiddenReply],
    ['tea', 'signature error quoting the string to sign', echo.aliyun],
    ['tea', '503', aliyunUnavailableReply],
    ['huawei', '404 with X-Request-Id', huaweiAssetNotFoundReply],
    ['huawei', 'gateway 401', huaweiGatewayAuthReply],
    ['huawei', 'gateway 401 quoting the access key', echo.huawei],
    ['huawei', 'refused connection', 'refused'],
  ];
  const failures: CaughtFailure[] = [];
  for (const [sdk, what, reply] of sdkCases) {
    if (reply !== 'refused') server.answer(reply);
    const port = reply === 'refused' ? refusedPort : server.port;
    failures.push({ name: `${sdk} SDK: ${what}`, caught: await rejectionOf(() => callSdk(sdk, port, credentials)), secrets });
  }

  // Tencent's upload SDK: the upload signature travels in the request body axios keeps in `config.data`.
  const uploadSignature = `${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 160)}=`;
  server.answer(tencentUploadForbiddenReply);
  vodAxios.defaults.proxy = { protocol: 'http', host: '127.0.0.1', port: server.port };
  const uploader = new TcVod({ getSignature: async () => uploadSignature, allowReport: false, enableRaceRegion: false, enableResume: false }).upload({
    mediaFile: new File([new Uint8Array(16)], 'clip.mp4', { type: 'video/mp4' }),
    applyRequestTimeout: 2000,
    retryDelay: 1,
  });
  failures.push({ name: 'vod-js-sdk-v6 upload: 403', caught: await rejectionOf(() => uploader.done()), secrets: [uploadSignature] });

  // axios and fetch with a signed URL and an Authorization header, as an app calls a provider itself.
  const signedUrl = `http://vod.cn-shanghai.aliyuncs.com:${server.port}/?AccessKeyId=${credentials.aliyunAccessKeyId}&Action=GetPlayInfo&SecurityToken=${credentials.aliyunSecurityToken}&Signature=${credentials.aliyunAccessKeySecret}`;
  server.answer(aliyunVideoNotFoundReply);
  failures.push({
    name: 'axios: 404 from a signed URL with an Authorization header',
    caught: await rejectionOf(() => axios.get(signedUrl, { headers: { Authorization: `Bearer ${credentials.tencentToken}` }, timeout: 2000 })),
    secrets,
  });
  server.answer(echo.huawei);
  const response = await fetch(`http://vod.cn-north-4.myhuaweicloud.com:${server.port}/v1/p/asset/details?token=${credentials.huaweiSecurityToken}`, {
    headers: { 'X-Security-Token': credentials.huaweiSecurityToken },
  });
  failures.push({ name: 'fetch: 401 Response from a URL with a token', caught: response, secrets });
  failures.push({
    name: 'fetch: refused connection to a signed URL',
    caught: await rejectionOf(() => fetch(signedUrl.replace(String(server.port), String(refusedPort)))),
    secrets,
  });

  // Alibaba's browser upload SDK hands `onUploadFailed` its upload info (file, checkpoint, STS credentials).
  const uploadInfo = {
    file: new File([new Uint8Array(8)], 'holiday.mp4'),
    endpoint: 'https://oss-cn-shanghai.aliyuncs.com',
    bucket: 'outin-0123456789',
    object: 'sv/12345678-1234/12345678-1234.mp4',
    videoId: '93ab850b4f6f54b6e91d24d81d4a4a1a',
    checkpoint: { uploadId: randomString('0123456789ABCDEF', 32) },
    accessKeyId: credentials.aliyunAccessKeyId,
    accessKeySecret: credentials.aliyunAccessKeySecret,
    securityToken: credentials.aliyunSecurityToken,
  };
  failures.push({
    name: 'Alibaba upload SDK: onUploadFailed with STS credentials in uploadInfo',
    caught: fromAliyunUploadFailure(uploadInfo, 'InvalidAccessKeyId', `PUT https://outin-0123456789.oss-cn-shanghai.aliyuncs.com/x.mp4?OSSAccessKeyId=${credentials.aliyunAccessKeyId}&Signature=${credentials.aliyunAccessKeySecret}&security-token=${credentials.aliyunSecurityToken} failed`),
    secrets,
  });
  failures.push({
    name: 'Alibaba upload SDK: an app error carrying the whole uploadInfo',
    caught: Object.assign(new Error('upload failed: InvalidAccessKeyId'), { code: 'InvalidAccessKeyId', uploadInfo }),
    secrets,
  });
  return failures;
}
