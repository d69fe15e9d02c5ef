import type { i18n as I18nInstance } from 'i18next';
import { vodErrorViewFacts, type VodErrorViewFacts, type VodErrorViewOptions } from '../core/error-view.js';
import type { VodSite } from '../core/links.js';
import type { VodError } from '../core/model.js';
import { redactUrl } from '../core/redact.js';
import { buildSupportReport, type SupportReportLabels } from '../core/support-report.js';
import { vodErrorResources } from './all-resources.js';
import { createVodErrorI18n } from './create-instance.js';
import { resolveVodLanguage } from './languages.js';
import { vodLanguagesIn } from './load-resources.js';
import { translateVodError, translateVodUi, type VodErrorText } from './translate.js';
import { vodValueLabels } from './value-labels.js';

/** The words of a surface's chrome, in the error's language: buttons, labels, announcements. */
export interface VodErrorViewLabels {
  /** Spoken before the title: "Error", "Warning", "Notice". */
  readonly severity: string;
  readonly requestId: string;
  readonly copy: string;
  readonly copied: string;
  /** Shown when the text could only be selected: it tells the user to press Ctrl+C. */
  readonly copyFailed: string;
  /** Accessible name of a Copy button beside the RequestId, with the id in it. */
  readonly copyRequestId: string;
  readonly details: string;
  readonly retry: string;
  readonly retrying: string;
  readonly contactSupport: string;
  readonly dismiss: string;
  readonly close: string;
  readonly copyReport: string;
  readonly reportCopied: string;
}

/** Where a support report was written from; both are redacted before they are printed. */
export interface VodSupportReportContext {
  readonly pageUrl?: string;
  readonly userAgent?: string;
  /** Which provider site the report's links point to (the provider's `site`). */
  readonly site?: VodSite;
}

/** Facts, texts and labels of one error: everything a design system's component needs. */
export interface VodErrorDescription extends VodErrorViewFacts {
  readonly language: string;
  readonly text: VodErrorText;
  readonly labels: VodErrorViewLabels;
  /** The plain-text report for a support ticket, with localized field names. */
  readonly supportReport: (context?: VodSupportReportContext) => string;
}

export interface DescribeVodErrorOptions extends VodErrorViewOptions {
  /** Language (any BCP 47 tag). Defaults to `en-US`. */
  readonly lng?: string;
  /** An i18next instance holding the kit's namespaces; defaults to one with every built-in text. */
  readonly i18n?: I18nInstance;
}

type UiText = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/**
 * The labels of a surface in one language, read through `ui` (the React layer passes its cached
 * reader, so a re-render costs no i18next lookups).
 *
 * @example
 * ```ts
 * const labels = vodErrorViewLabels(error, (key, values) => translateVodUi(i18n, 'zh-CN', key, values));
 * labels.copy; // '复制'
 * ```
 */
export function vodErrorViewLabels(error: VodError, ui: UiText): VodErrorViewLabels {
  return {
    severity: ui(`severity>${error.severity}`),
    requestId: ui('field>requestId'),
    copy: ui('copy'),
    copied: ui('copied'),
    copyFailed: ui('copyFailed'),
    copyRequestId: ui('copyRequestId', { requestId: error.requestId ?? '' }),
    details: ui('details'),
    retry: ui('retry'),
    retrying: ui('retrying'),
    contactSupport: ui('contactSupport'),
    dismiss: ui('dismiss'),
    close: ui('close'),
    copyReport: ui('copyReport'),
    reportCopied: ui('reportCopied'),
  };
}

/**
 * The localized report for support: the same fields and labels the details dialog copies.
 *
 * @example
 * ```ts
 * const report = localizedSupportReport(error, text, ui, { pageUrl: location.href });
 * ```
 */
export function localizedSupportReport(error: VodError, text: VodErrorText, ui: UiText, context: VodSupportReportContext = {}): string {
  const field = (name: string) => ui(`field>${name}`);
  const labels: SupportReportLabels = {
    heading: ui('reportHeading'),
    provider: field('provider'),
    code: field('code'),
    subCode: field('subCode'),
    httpStatus: field('httpStatus'),
    requestId: field('requestId'),
    hostId: field('hostId'),
    traceId: field('traceId'),
    time: field('time'),
    pageUrl: field('pageUrl'),
    userAgent: field('userAgent'),
    message: field('message'),
    developerDetail: field('developerDetail'),
    links: field('links'),
  };
  return buildSupportReport(error, {
    labels,
    providerName: vodValueLabels(error, ui).provider,
    pageUrl: context.pageUrl === undefined ? undefined : redactUrl(context.pageUrl),
    userAgent: context.userAgent,
    developerDetail: text.developerDetail,
    site: context.site,
  });
}

let defaultInstance: I18nInstance | undefined;

/**
 * Everything a design system needs to show one caught value, without React: the facts of
 * `vodErrorViewFacts` (honest Retry, primary action, RequestId, role) plus the texts, the
 * button labels and the support report in one language. For antd's `notification` called
 * from a saga, a Vue app, a server-rendered page.
 *
 * @example
 * ```ts
 * import { describeVodError } from 'vod-error-kit/i18n';
 * const view = describeVodError(caught, { lng: 'zh-CN' });
 * notification.error({ message: view.text.title, description: view.text.remediation });
 * ```
 */
export function describeVodError(input: unknown, options: DescribeVodErrorOptions = {}): VodErrorDescription {
  const facts = vodErrorViewFacts(input, options);
  const i18n = options.i18n ?? (defaultInstance ??= createVodErrorI18n({ resources: vodErrorResources }));
  const language = resolveVodLanguage(options.lng, vodLanguagesIn(i18n));
  const ui: UiText = (key, values) => translateVodUi(i18n, language, key, values);
  const text = translateVodError(i18n, facts.error, language);
  return {
    ...facts,
    language,
    text,
    labels: vodErrorViewLabels(facts.error, ui),
    supportReport: (context) => localizedSupportReport(facts.error, text, ui, context),
  };
}
