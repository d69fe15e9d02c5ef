import { vodErrorLinks, type VodSite } from './links.js';
import type { VodError } from './model.js';
import { readKey } from './read.js';
import { redactSecrets, redactUrl } from './redact.js';
import { cleanText } from './text.js';

/** Field labels of the plain-text report. The i18n layer passes localized ones. */
export interface SupportReportLabels {
  readonly heading: string;
  readonly provider: string;
  readonly code: string;
  readonly subCode: string;
  readonly httpStatus: string;
  readonly requestId: string;
  readonly hostId: string;
  readonly traceId: string;
  readonly time: string;
  readonly pageUrl: string;
  readonly userAgent: string;
  readonly message: string;
  readonly developerDetail: string;
  readonly links: string;
}

export const defaultSupportReportLabels: SupportReportLabels = {
  heading: 'Video service error report',
  provider: 'Provider',
  code: 'Code',
  subCode: 'Sub-code',
  httpStatus: 'HTTP status',
  requestId: 'RequestId',
  hostId: 'HostId',
  traceId: 'TraceId',
  time: 'Time',
  pageUrl: 'Page',
  userAgent: 'Browser',
  message: 'Server message',
  developerDetail: 'Developer detail',
  links: 'Links',
};

export interface SupportReportOptions {
  readonly labels?: Partial<SupportReportLabels>;
  /** Display name of the provider; defaults to its id. */
  readonly providerName?: string;
  /** The page the error happened on; query secrets and the fragment are removed. */
  readonly pageUrl?: string;
  readonly userAgent?: string;
  readonly developerDetail?: string;
  /** The provider site links point to; default: the links the model was built with. */
  readonly site?: VodSite;
}

/**
 * A plain-text block to paste into a support ticket: every identifier support asks for, and
 * nothing secret (each line is redacted again here, whatever its source).
 *
 * @example
 * ```ts
 * const text = buildSupportReport(error, { pageUrl: location.href });
 * await navigator.clipboard.writeText(text);
 * ```
 */
export function buildSupportReport(error: VodError, options: SupportReportOptions = {}): string {
  const labels = { ...defaultSupportReportLabels, ...options.labels };
  const lines: string[] = [labels.heading];
  // Only text and numbers are printed: a hand-made copy may hold an object whose String() throws.
  const add = (label: string, value: unknown): void => {
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') return;
    // One line per field: U+2028/U+2029 break lines in many ticket systems too.
    const text = cleanText(redactSecrets(String(value)), 2000).replace(/\s*[\n\u2028\u2029]\s*/g, ' ');
    if (text !== '') lines.push(`${label}: ${text}`);
  };
  add(labels.provider, options.providerName ?? error.provider);
  add(labels.code, error.code);
  add(labels.subCode, error.subCode);
  add(labels.httpStatus, error.httpStatus);
  add(labels.requestId, error.requestId);
  add(labels.hostId, error.hostId);
  add(labels.traceId, error.traceId);
  // A hand-made or tampered copy can hold any number; past ±8.64e15 toISOString throws.
  add(labels.time, typeof error.timestamp === 'number' && Math.abs(error.timestamp) <= 8.64e15 ? new Date(error.timestamp).toISOString() : undefined);
  add(labels.pageUrl, options.pageUrl === undefined ? undefined : redactUrl(options.pageUrl));
  add(labels.userAgent, options.userAgent);
  add(labels.message, error.message);
  add(labels.developerDetail, options.developerDetail);
  const links = options.site === undefined ? error.links : vodErrorLinks(error, options.site);
  // A hand-made or older model may have no links, or links that are not objects.
  const urls = Array.isArray(links) ? links.map((link: unknown) => readKey(link, 'url')).filter((url) => typeof url === 'string') : [];
  if (urls.length > 0) add(labels.links, urls.join(' '));
  return lines.join('\n');
}
