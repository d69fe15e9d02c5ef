/**
 * The official SDKs of the three providers, configured with credentials made fresh for each run
 * and pointed at the loopback provider of test/contract/support (whose DNS guard sends the real
 * endpoint names to 127.0.0.1). What a real backend does, minus the network.
 */
import { createRequire } from 'node:module';
import OpenApi, { Config, OpenApiRequest } from '@alicloud/openapi-client';
import RPCClient from '@alicloud/pop-core';
import { RuntimeOptions } from '@alicloud/tea-util';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { ShowAssetDetailRequest, VodClient as HuaweiVodClient } from '@huaweicloud/huaweicloud-sdk-vod';
import tencentcloud from 'tencentcloud-sdk-nodejs-vod';
import { randomString } from '../../fuzz/secret-corpus';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** One backend's credentials, random on every call: any 16 characters of one found in an output is a leak. */
export function backendCredentials() {
  return {
    tencentSecretId: `AKID${randomString(ALNUM, 32)}`,
    tencentSecretKey: randomString(ALNUM, 32),
    tencentToken: randomString(ALNUM, 120),
    aliyunAccessKeyId: `LTAI5t${randomString(ALNUM, 18)}`,
    aliyunAccessKeySecret: randomString(ALNUM, 30),
    aliyunSecurityToken: `CAIS${randomString(ALNUM, 300)}`,
    huaweiAk: randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20),
    huaweiSk: randomString(ALNUM, 40),
    huaweiSecurityToken: `gQpjbi1ub3J0aC00${randomString(ALNUM, 400)}`,
  };
}

export type BackendCredentials = ReturnType<typeof backendCredentials>;

/** Every credential value, for leak searches. */
export function credentialValues(credentials: BackendCredentials): string[] {
  return Object.values(credentials);
}

// The Huawei SDK logs every failure with its request headers (Authorization, X-Security-Token)
// through log4js at ERROR level; a test run keeps that out of its output.
const { Logger4jInstance } = createRequire(import.meta.url)('@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger') as {
  Logger4jInstance: { error: (...args: unknown[]) => void };
};
export function silenceHuaweiSdkLog(): void {
  Logger4jInstance.error = () => undefined;
}

export type SdkName = 'tencent' | 'pop-core' | 'tea' | 'huawei';

/** Calls one API of one SDK against `port` on loopback; the promise settles as the SDK does. */
export function callSdk(sdk: SdkName, port: number, credentials: BackendCredentials, timeoutMs = 2000): Promise<unknown> {
  switch (sdk) {
    case 'tencent': {
      const client = new tencentcloud.vod.v20180717.Client({
        credential: { secretId: credentials.tencentSecretId, secretKey: credentials.tencentSecretKey, token: credentials.tencentToken },
        region: 'ap-guangzhou',
        profile: { httpProfile: { endpoint: `vod.tencentcloudapi.com:${port}`, protocol: 'http://', reqTimeout: timeoutMs / 1000 } },
      });
      return client.DescribeMediaInfos({ FileIds: ['5285890781763144364'] });
    }
    case 'pop-core': {
      const client = new RPCClient({
        accessKeyId: credentials.aliyunAccessKeyId,
        accessKeySecret: credentials.aliyunAccessKeySecret,
        securityToken: credentials.aliyunSecurityToken,
        endpoint: `http://vod.cn-shanghai.aliyuncs.com:${port}`,
        apiVersion: '2017-03-21',
      });
      // GET, pop-core's default: the signed query (AccessKeyId, SecurityToken, Signature) lands in the error's message and url.
      return client.request('GetPlayInfo', { VideoId: '93ab850b4f6f54b6e91d24d81d4a4a1a' }, { timeout: timeoutMs });
    }
    case 'tea': {
      const client = new OpenApi(
        new Config({
          accessKeyId: credentials.aliyunAccessKeyId,
          accessKeySecret: credentials.aliyunAccessKeySecret,
          securityToken: credentials.aliyunSecurityToken,
          endpoint: `vod.cn-shanghai.aliyuncs.com:${port}`,
          protocol: 'http',
          regionId: 'cn-shanghai',
          readTimeout: timeoutMs,
          connectTimeout: timeoutMs,
        }),
      );
      // What the generated @alicloud/vod20170321 client calls.
      return client.doRPCRequest(
        'GetPlayInfo', '2017-03-21', 'HTTP', 'POST', 'AK', 'json',
        new OpenApiRequest({ query: { VideoId: '93ab850b4f6f54b6e91d24d81d4a4a1a' } }),
        new RuntimeOptions({}),
      );
    }
    case 'huawei': {
      const client = HuaweiVodClient.newBuilder()
        .withCredential(
          new BasicCredentials()
            .withAk(credentials.huaweiAk)
            .withSk(credentials.huaweiSk)
            .withProjectId('0123456789abcdef0123456789abcdef')
            .withSecurityToken(credentials.huaweiSecurityToken),
        )
        .withEndpoint(`http://vod.cn-north-4.myhuaweicloud.com:${port}`)
        .withOptions({ axiosRequestConfig: { timeout: timeoutMs } })
        .build();
      const request = new ShowAssetDetailRequest();
      request.assetId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
      return client.showAssetDetail(request);
    }
  }
}
