import tencentcloud from 'tencentcloud-sdk-nodejs-vod';

/**
 * The backend's Tencent Cloud VOD client. Credentials stay on the server: they come from the
 * environment, and nothing the kit sends to the page carries them. `VOD_ENDPOINT` points the
 * SDK at another host (the example's run script uses a loopback fake of the API).
 */
export function vodClient() {
  const endpoint = process.env.VOD_ENDPOINT ?? 'vod.tencentcloudapi.com';
  return new tencentcloud.vod.v20180717.Client({
    credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID ?? '', secretKey: process.env.TENCENTCLOUD_SECRET_KEY ?? '' },
    region: 'ap-guangzhou',
    profile: {
      httpProfile: {
        endpoint,
        protocol: endpoint.startsWith('127.0.0.1') ? 'http://' : 'https://',
        reqTimeout: 10,
      },
    },
  });
}

export function describeMedia(fileId: string) {
  return vodClient().DescribeMediaInfos({ FileIds: [fileId] });
}
