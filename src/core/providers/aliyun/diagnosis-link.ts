import { memoizeText } from '../../memo.js';
import { encodeQueryValue } from '../../url-value.js';
import type { LinkSource } from '../types.js';

/**
 * Alibaba's diagnosis tool asked about one code and request of one product:
 * `https://api.aliyun.com/troubleshoot?q={Code}&product={product}&requestId={RequestId}` (the
 * international site runs it at api.alibabacloud.com). It is also the link Alibaba sends as
 * `Recommend`.
 *
 * @example
 * ```ts
 * diagnosisLink('Vod')({ code: 'InvalidVideo.NotFound', requestId: 'ABC-1' }, 'china');
 * // 'https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod&requestId=ABC-1'
 * ```
 */
export function diagnosisLink(product: string): LinkSource {
  // The link up to its RequestId repeats with the code: made once per code and site, so an
  // error's link is two pieces, which `buildLinks` compares with the Recommend link in a third
  // of the time a link of seven pieces takes (issue 12).
  const headFor = (host: string) => memoizeText((code) => `https://${host}/troubleshoot?q=${encodeQueryValue(code)}&product=${product}`);
  const chinaHead = headFor('api.aliyun.com');
  const internationalHead = headFor('api.alibabacloud.com');
  return ({ code, requestId }, site) => {
    if (code === undefined) return undefined;
    const head = (site === 'international' ? internationalHead : chinaHead)(code);
    return requestId ? `${head}&requestId=${encodeQueryValue(requestId)}` : head;
  };
}
