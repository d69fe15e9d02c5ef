import type { VodSite } from '../core/links.js';
import type { VodSupportReportContext } from '../i18n/describe-vod-error.js';

/**
 * What a support report says about where the error happened: this page (its URL is redacted by
 * the report), this browser and the provider site in effect. Read when the report is made, never
 * during render, so server rendering touches no browser global.
 */
export function pageReportContext(site: VodSite): VodSupportReportContext {
  return {
    pageUrl: typeof location === 'undefined' ? undefined : location.href,
    userAgent: typeof navigator === 'undefined' ? undefined : navigator.userAgent,
    site,
  };
}
