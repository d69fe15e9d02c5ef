import type { i18n as I18nInstance, TOptions } from 'i18next';
import type { VodError } from '../core/model';
import { commonResources } from './common-resources';
import { vodNamespace, type VodResourceName } from './namespaces';

/** The four texts that explain an error. */
export interface VodErrorText {
  /** A short heading. */
  readonly title: string;
  /** What happened, for the person using the app. */
  readonly description: string;
  /** What that person can do next. */
  readonly remediation: string;
  /** What it means technically, for developers and support. */
  readonly developerDetail: string;
  /**
   * Which text answered: the error's own code (`code`), the video-cloud code of a dual-code
   * reply (`subCode`), the HTTP status, a transport failure (`synthetic`), the category, or the
   * last-resort generic text.
   */
  readonly source: 'code' | 'subCode' | 'status' | 'synthetic' | 'category' | 'generic';
}

type TextField = 'title' | 'description' | 'remediation' | 'developerDetail';
const FIELDS: readonly TextField[] = ['title', 'description', 'remediation', 'developerDetail'];

// Codes contain dots, so the kit looks its keys up with a separator no code uses.
const SEPARATOR = '>';

interface Candidate {
  readonly path: string;
  readonly source: VodErrorText['source'];
}

const SYNTHETIC_CODES = new Set(['NetworkError', 'Timeout', 'Aborted', 'Offline', 'InvalidResponse']);
const SAFE_KEY = /^[A-Za-z0-9._-]{1,128}$/;

function providerResource(error: VodError): VodResourceName | undefined {
  switch (error.provider) {
    case 'aliyun':
      return 'aliyun';
    case 'huawei':
      return 'huawei';
    case 'tencent':
      return error.format === 'tencent-v2' ? 'tencent-legacy' : 'tencent';
    default:
      return undefined;
  }
}

/** Text lookups for an error, most specific first. */
function candidatesFor(error: VodError): Candidate[] {
  const candidates: Candidate[] = [];
  const at = (name: VodResourceName, key: string) => `${vodNamespace(name)}:${key}`;
  if (error.subCode !== undefined && SAFE_KEY.test(error.subCode)) {
    candidates.push({ path: at('tencent-legacy', error.subCode), source: 'subCode' });
  }
  const resource = providerResource(error);
  if (resource !== undefined) {
    if (SAFE_KEY.test(error.code)) candidates.push({ path: at(resource, error.code), source: 'code' });
    if (error.catalogCode !== undefined && error.catalogCode !== error.code && SAFE_KEY.test(error.catalogCode)) {
      candidates.push({ path: at(resource, error.catalogCode), source: 'code' });
    }
  }
  if (SYNTHETIC_CODES.has(error.code)) {
    candidates.push({ path: at('common', `synthetic${SEPARATOR}${error.code}`), source: 'synthetic' });
  }
  // A status explains an error only when no code does; Tencent 3.0 errors arrive with 200.
  if (error.httpStatus !== undefined && (error.code.startsWith('HTTP.') || error.catalogCode === undefined) && error.format !== 'tencent-v3') {
    candidates.push({ path: at('common', `http${SEPARATOR}${error.httpStatus}`), source: 'status' });
  }
  candidates.push({ path: at('common', `category${SEPARATOR}${error.category}`), source: 'category' });
  candidates.push({ path: at('common', 'generic'), source: 'generic' });
  return candidates;
}

function lookupOptions(language: string): TOptions {
  const languages = language === 'en-US' ? ['en-US'] : [language, 'en-US'];
  return { keySeparator: SEPARATOR, nsSeparator: ':', lngs: languages, interpolation: { escapeValue: false } };
}

function exists(i18n: I18nInstance, key: string, options: TOptions): boolean {
  try {
    return i18n.exists(key, options);
  } catch {
    return false;
  }
}

function translate(i18n: I18nInstance, keys: string[], options: TOptions): string | undefined {
  try {
    const value: unknown = i18n.t(keys, options);
    return typeof value === 'string' && value !== '' && !keys.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// The last resort when even the bundled common texts are missing from a host instance.
function bundledText(language: string, path: readonly string[]): string | undefined {
  for (const lng of [language, 'en-US']) {
    let node: unknown = commonResources[lng];
    for (const part of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node === 'string' && node !== '') return node;
  }
  return undefined;
}

function interpolate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

/**
 * Explains an error in a language with the given instance, falling back from the most specific
 * text to the category's and the generic one. Never returns an empty string or a raw key.
 */
export function translateVodError(i18n: I18nInstance, error: VodError, language: string): VodErrorText {
  const options = lookupOptions(language);
  const candidates = candidatesFor(error);
  const values = {
    ...options,
    code: error.code,
    subCode: error.subCode ?? '',
    status: error.httpStatus ?? '',
    parameter: error.params.parameter ?? '',
  };
  const firstTitle = candidates.findIndex((candidate) => exists(i18n, `${candidate.path}${SEPARATOR}title`, options));
  const ordered = firstTitle <= 0 ? candidates : candidates.slice(firstTitle);
  const result: Record<TextField, string> = { title: '', description: '', remediation: '', developerDetail: '' };
  for (const field of FIELDS) {
    const keys = ordered.map((candidate) => `${candidate.path}${SEPARATOR}${field}`);
    const context = field === 'description' && error.params.parameter ? { context: 'parameter' } : {};
    result[field] =
      translate(i18n, keys, { ...values, ...context }) ??
      interpolate(bundledText(language, ['category', error.category, field]) ?? bundledText(language, ['generic', field]) ?? '', values);
  }
  const source = firstTitle === -1 ? 'generic' : (candidates[firstTitle]?.source ?? 'generic');
  return { ...result, source };
}

/**
 * A UI string of the kit (`copy`, `retry`, `field>requestId`, …) in a language. Falls back to
 * the bundled English when a host instance lacks the key.
 */
export function translateVodUi(
  i18n: I18nInstance,
  language: string,
  key: string,
  values: Readonly<Record<string, unknown>> = {},
): string {
  const options = lookupOptions(language);
  const path = key.includes(SEPARATOR) ? key : `ui${SEPARATOR}${key}`;
  const text = translate(i18n, [`${vodNamespace('common')}:${path}`], { ...options, ...values });
  if (text !== undefined) return text;
  const suffix = typeof values.count === 'number' ? (values.count === 1 ? '_one' : '_other') : '';
  const parts = path.split(SEPARATOR);
  const last = parts.pop() ?? '';
  return interpolate(bundledText(language, [...parts, `${last}${suffix}`]) ?? bundledText(language, [...parts, last]) ?? last, values);
}
