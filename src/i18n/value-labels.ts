import type { i18n as I18nInstance } from 'i18next';
import { vodErrorCategories } from '../core/categories.js';
import type { VodError } from '../core/model.js';
import { translateVodUi } from './translate.js';

/** Words of the reader's language for the values of an error that surfaces show. */
export interface VodValueLabels {
  /** The provider's product name: 阿里云视频点播, Tencent Cloud VOD … */
  readonly provider: string;
  /** The kind of failure: 权限不足 for `permission`, Service error for `server` … */
  readonly category: string;
  /** 错误 / Warning … */
  readonly severity: string;
  /** Whether trying again can help: 可以一试 / Won't help. */
  readonly retryable: string;
}

type LabelledValues = Pick<VodError, 'provider' | 'category' | 'severity' | 'retryable'>;

const PROVIDERS = new Set(['aliyun', 'tencent', 'huawei', 'unknown']);
const CATEGORIES = new Set<string>(vodErrorCategories);
const SEVERITIES = new Set(['error', 'warning', 'info']);

// A hand-made or deserialized model can hold any string: a value without a word of its own is
// labelled as unknown (or as an error), never shown raw.
const known = (values: ReadonlySet<string>, value: unknown, fallback: string): string =>
  typeof value === 'string' && values.has(value) ? value : fallback;

/**
 * The keys of `common.json` that name an error's provider, category, severity and retryable flag,
 * translated with any UI-string function (the kit's cached `ui`, or `translateVodUi`).
 *
 * @example
 * ```ts
 * const labels = vodValueLabels(error, (key) => translateVodUi(i18n, 'zh-CN', key));
 * labels.category; // '权限不足' for a `permission` error
 * ```
 */
export function vodValueLabels(error: LabelledValues, ui: (key: string) => string): VodValueLabels {
  return {
    provider: ui(`provider>${known(PROVIDERS, error.provider, 'unknown')}`),
    category: ui(`categoryLabel>${known(CATEGORIES, error.category, 'unknown')}`),
    severity: ui(`severity>${known(SEVERITIES, error.severity, 'error')}`),
    retryable: ui(`retryableLabel>${error.retryable === true ? 'true' : 'false'}`),
  };
}

/**
 * Words of a language for an error's provider, category, severity and retryable flag, from an
 * i18next instance (falling back to the bundled texts when the instance lacks them).
 *
 * @example
 * ```ts
 * const error = normalizeVodError({ error_code: 'VOD.10054', error_msg: '…' });
 * translateVodValueLabels(createVodErrorI18n(), 'zh-CN', error).category; // '身份验证'
 * ```
 */
export function translateVodValueLabels(i18n: I18nInstance, language: string, error: LabelledValues): VodValueLabels {
  return vodValueLabels(error, (key) => translateVodUi(i18n, language, key));
}
