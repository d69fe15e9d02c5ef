import { categoryDefaults, normalizeVodError } from '../../../src/core/index.js';
import type { VodErrorCategory, VodErrorFault } from '../../../src/core/index.js';
import type { LintText } from './texts.js';

/** What the kit's core decides about the error an entry explains. */
export interface EntryClass {
  readonly category: VodErrorCategory;
  readonly retryable: boolean;
  readonly fault: VodErrorFault;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// One reply per resource, in the wire form each provider really sends, so the linter learns
// category and retryable from `normalizeVodError` exactly as an app would meet the code.
function replyFor(file: string, code: string): { input: unknown; url?: string } | undefined {
  if (file === 'tencent-legacy') {
    // Video-cloud codes arrive inside the 5100 envelope; access-layer codes are the reply's own.
    const videoCloud = code.length >= 5 || ['1000', '1001', '1002', '1003', '3000', '4001'].includes(code);
    return videoCloud
      ? { input: { code: 5100, message: `${code}:lint`, codeDesc: 'lint' } }
      : { input: { code: Number(code), message: 'lint', codeDesc: 'lint' } };
  }
  // Storage replies as a browser upload meets them: `<Error>` XML with the service's request-id header.
  const storage = (headerName: string, requestId: string, body: string, url: string) => ({
    input: { status: 400, headers: { 'content-type': 'application/xml', [headerName]: requestId }, body },
    url,
  });
  const xmlCode = escapeXml(code);
  if (file.endsWith('-oss'))
    return storage(
      'x-oss-request-id',
      '5C3D9175B6FC201293AD4890',
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${xmlCode}</Code><Message>lint</Message><RequestId>5C3D9175B6FC201293AD4890</RequestId><HostId>vod-upload-cn-shanghai.oss-cn-shanghai.aliyuncs.com</HostId></Error>`,
      'https://vod-upload-cn-shanghai.oss-cn-shanghai.aliyuncs.com/video.mp4',
    );
  if (file.endsWith('-cos'))
    return storage(
      'x-cos-request-id',
      'NjVmZDM2YTZfOTNhZjJjMGJfMmQ2Nl8xYTQ0',
      `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${xmlCode}</Code><Message>lint</Message><Resource>vod2-1250000000.cos.ap-guangzhou.myqcloud.com/video.mp4</Resource><RequestId>NjVmZDM2YTZfOTNhZjJjMGJfMmQ2Nl8xYTQ0</RequestId><TraceId>lint</TraceId></Error>`,
      'https://vod2-1250000000.cos.ap-guangzhou.myqcloud.com/video.mp4',
    );
  if (file.endsWith('-obs'))
    return storage(
      'x-obs-request-id',
      '0000018C2B1A9D5E9012A4B5C6D7E8F9',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Error><Code>${xmlCode}</Code><Message>lint</Message><RequestId>0000018C2B1A9D5E9012A4B5C6D7E8F9</RequestId><HostId>vod-upload.obs.cn-north-4.myhuaweicloud.com</HostId></Error>`,
      'https://vod-upload.obs.cn-north-4.myhuaweicloud.com/video.mp4',
    );
  if (file.startsWith('tencent')) return { input: { Response: { Error: { Code: code, Message: 'lint' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } } };
  if (file.startsWith('aliyun'))
    return { input: { RequestId: '8906582E-6722-409A-A6C4-0E7863B733A5', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: code, Message: 'lint' } };
  if (file.startsWith('huawei')) return { input: { error_code: code, error_msg: 'lint', request_id: 'lint' } };
  return undefined;
}

// Transport failures are named by the kit itself, not by a provider.
const SYNTHETIC_CATEGORIES: Readonly<Record<string, VodErrorCategory>> = {
  NetworkError: 'network',
  Offline: 'network',
  Timeout: 'timeout',
  Aborted: 'aborted',
  InvalidResponse: 'server',
};

function fromCategory(category: VodErrorCategory): EntryClass {
  const defaults = categoryDefaults[category];
  return { category, retryable: defaults.retryable, fault: defaults.fault };
}

/**
 * The category, retryable flag and fault of the error an error entry explains, or `undefined`
 * for entries that are not tied to one error.
 *
 * @example
 * ```ts
 * classifyEntry({ file: 'tencent', code: 'MissingParameter' }); // { category: 'invalid-request', retryable: false, fault: 'client' }
 * ```
 */
export function classifyEntry(text: Pick<LintText, 'file' | 'code'>): EntryClass | undefined {
  if (text.file === 'common') {
    const [section, key] = text.code.split(' > ');
    if (section === 'category' && key !== undefined && key in categoryDefaults) return fromCategory(key as VodErrorCategory);
    if (section === 'synthetic' && key !== undefined && SYNTHETIC_CATEGORIES[key]) return fromCategory(SYNTHETIC_CATEGORIES[key]);
    if (section === 'generic') return fromCategory('unknown');
    if (section === 'http' && key !== undefined) {
      const error = normalizeVodError({ status: Number(key) }, { httpStatus: Number(key) });
      return { category: error.category, retryable: error.retryable, fault: error.fault };
    }
    return undefined;
  }
  const reply = replyFor(text.file, text.code);
  if (reply === undefined) return undefined;
  const error = normalizeVodError(reply.input, reply.url === undefined ? {} : { url: reply.url });
  return { category: error.category, retryable: error.retryable, fault: error.fault };
}
