import type { i18n as I18nInstance, TOptions } from 'i18next';
import type { VodError } from '../core/model.js';
import { commonResources } from './common-resources.js';
import { vodNamespace, type VodResourceName } from './namespaces.js';

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
  // The `unknown` category text speaks of "a problem the service reported"; when nothing at
  // all identified the error (no code, status or transport failure), the generic text is the honest one.
  if (!(error.category === 'unknown' && error.code === 'Unknown')) {
    candidates.push({ path: at('common', `category${SEPARATOR}${error.category}`), source: 'category' });
  }
  candidates.push({ path: at('common', 'generic'), source: 'generic' });
  return candidates;
}

// Server values (a parameter name, a code) are inserted as they are: a host instance set to
// `skipOnVariables: false` must not expand a `{{…}}` or `$t(…)` the server sent.
const SAFE_INTERPOLATION = { escapeValue: false, skipOnVariables: true } as const;

function hasSafeInterpolation(i18n: I18nInstance): boolean {
  const interpolation = i18n.options?.interpolation;
  return interpolation?.escapeValue === false && interpolation.skipOnVariables !== false;
}

function lookupOptions(i18n: I18nInstance, language: string): TOptions {
  const languages = language === 'en-US' ? ['en-US'] : [language, 'en-US'];
  const options: TOptions = { keySeparator: SEPARATOR, nsSeparator: ':', lngs: languages };
  // Passing `interpolation` makes i18next build a new interpolator (fresh RegExps) per call,
  // so it is passed only to instances whose own settings are not already the safe ones.
  if (!hasSafeInterpolation(i18n)) options.interpolation = SAFE_INTERPOLATION;
  return options;
}

function exists(i18n: I18nInstance, key: string, options: TOptions): boolean {
  try {
    return i18n.exists(key, options);
  } catch {
    return false;
  }
}

/**
 * The text of the first key the instance holds. Checked with `exists` first: a missing key
 * makes `t` return the key (without its namespace) or whatever a host's missing-key handler
 * makes of it, and neither may reach the user.
 */
function translate(i18n: I18nInstance, keys: readonly string[], options: TOptions): string | undefined {
  for (const key of keys) {
    if (!exists(i18n, key, options)) continue;
    try {
      const value: unknown = i18n.t(key, options);
      if (typeof value === 'string' && value.trim() !== '' && value !== key && !key.endsWith(`:${value}`)) return value;
    } catch {
      // A host instance in an odd state: try the next key.
    }
  }
  return undefined;
}

// The last resort when even the bundled common texts are missing from a host instance.
function bundledText(language: string, path: readonly string[]): string | undefined {
  for (const lng of [language, 'en-US']) {
    let node: unknown = commonResources[lng];
    for (const part of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node === 'string' && node.trim() !== '') return node;
  }
  return undefined;
}

/** `vod-error-kit/common:http>503` → `['http', '503']`; `undefined` for other resource files. */
function commonPath(path: string): string[] | undefined {
  const prefix = `${vodNamespace('common')}:`;
  return path.startsWith(prefix) ? path.slice(prefix.length).split(SEPARATOR) : undefined;
}

// Single pass: a value that contains `{{…}}` is inserted as it is, never expanded again.
function interpolate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => String(values[name] ?? ''));
}

/**
 * Explains an error in a language with the given instance, falling back from the most specific
 * text to the category's and the generic one. Never returns an empty string or a raw key.
 *
 * The title decides which text answers (`source`). Each other field takes the most specific
 * text there is, so an app override of one field (say, a code's remediation) shows even
 * before the provider's file has loaded.
 */
export function translateVodError(i18n: I18nInstance, error: VodError, language: string): VodErrorText {
  const options = lookupOptions(i18n, language);
  const candidates = candidatesFor(error);
  const values = {
    code: error.code,
    subCode: error.subCode ?? '',
    status: error.httpStatus ?? '',
    parameter: error.params.parameter ?? '',
  };
  const firstTitle = candidates.findIndex((candidate) => exists(i18n, `${candidate.path}${SEPARATOR}title`, options));
  // Without any text in the instance (a host instance lacking the kit's namespaces), the
  // bundled common texts answer, following the same candidates.
  const bundledSource = candidates.find((candidate) => {
    const path = commonPath(candidate.path);
    return path !== undefined && bundledText(language, [...path, 'title']) !== undefined;
  });
  const result: Record<TextField, string> = { title: '', description: '', remediation: '', developerDetail: '' };
  for (const field of FIELDS) {
    const keys = candidates.map((candidate) => `${candidate.path}${SEPARATOR}${field}`);
    // A parameter name is for developers (docs/WRITING.md §4.4): only developerDetail has a `_parameter` variant.
    const context = field === 'developerDetail' && error.params.parameter ? { context: 'parameter' } : {};
    const fromInstance = translate(i18n, field === 'title' && firstTitle >= 0 ? keys.slice(firstTitle) : keys, {
      ...options,
      ...values,
      ...context,
    });
    const bundledPath = bundledSource === undefined ? undefined : commonPath(bundledSource.path);
    result[field] =
      fromInstance ??
      interpolate(
        (bundledPath && bundledText(language, [...bundledPath, field])) ?? bundledText(language, ['generic', field]) ?? '',
        values,
      );
  }
  const parameter = error.params.parameter;
  if (parameter && !result.developerDetail.includes(parameter)) {
    // Developers need the parameter the server named; uploaders never see it (docs/WRITING.md §4.4).
    result.developerDetail = translateVodUi(i18n, language, `detail${SEPARATOR}parameter`, { ...values, detail: result.developerDetail });
  }
  if (error.subCode !== undefined) {
    // Support searches Tencent's docs by both codes of a dual-code reply, so name both.
    result.developerDetail = translateVodUi(i18n, language, `detail${SEPARATOR}dualCode`, { ...values, detail: result.developerDetail });
  }
  const source = firstTitle >= 0 ? (candidates[firstTitle]?.source ?? 'generic') : (bundledSource?.source ?? 'generic');
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
  const options = lookupOptions(i18n, language);
  const path = key.includes(SEPARATOR) ? key : `ui${SEPARATOR}${key}`;
  const text = translate(i18n, [`${vodNamespace('common')}:${path}`], { ...options, ...values });
  if (text !== undefined) return text;
  const suffix = typeof values.count === 'number' ? `_${pluralCategory(language, values.count)}` : '';
  const parts = path.split(SEPARATOR);
  const last = parts.pop() ?? '';
  return interpolate(
    bundledText(language, [...parts, `${last}${suffix}`]) ??
      bundledText(language, [...parts, `${last}_other`]) ??
      bundledText(language, [...parts, last]) ??
      last,
    values,
  );
}

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(language).select(count);
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}
