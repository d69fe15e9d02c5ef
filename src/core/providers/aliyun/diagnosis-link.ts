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
  // The link up to its RequestId repeats with the code: made once per code and site, joined into
  // one flat string, so an error's link is two flat pieces, which `buildLinks` compares with
  // the Recommend link in a third of the time a link of seven pieces takes (issue 12).
  const headsFor = (host: string) =>
    memoizeText((code) => {
      const head = ['https://', host, '/troubleshoot?q=', encodeQueryValue(code), '&product=', product].join('');
      return { head, beforeRequestId: [head, '&requestId='].join('') };
    });
  const chinaHeads = headsFor('api.aliyun.com');
  const internationalHeads = headsFor('api.alibabacloud.com');
  return ({ code, requestId }, site) => {
    if (code === undefined) return undefined;
    const heads = (site === 'international' ? internationalHeads : chinaHeads)(code);
    return requestId ? heads.beforeRequestId + encodeQueryValue(requestId) : heads.head;
  };
}
