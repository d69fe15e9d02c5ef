import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
const config = {
  // The example sits inside the kit's repository, which has its own lockfile: tell Next this
  // folder is the app's root instead of letting it guess (and warn).
  turbopack: { root: here },
  outputFileTracingRoot: here,
  // The Tencent SDK is Node-only and large: load it from node_modules at run time, unbundled.
  serverExternalPackages: ['tencentcloud-sdk-nodejs-vod'],
};

export default config;
