import type { i18n as I18nInstance, TOptions } from 'i18next';
import { kitI18n } from './kit-instance.js';
import { vodNamespace } from './namespaces.js';
import { KEY_SEPARATOR, readTextFacts, textCandidates, type TextCandidate, type VodTextSource } from './text-candidates.js';

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
   * Which text answered the title: the error's own code (or a dot-parent, or its catalog code:
   * `code`), the video-cloud code of a dual-code reply (`subCode`), the HTTP status, a transport
   * failure (`synthetic`), the category, or the last-resort generic text.
   */
  readonly source: VodTextSource;
}

type TextField = 'title' | 'description' | 'remediation' | 'developerDetail';
const FIELDS: readonly TextField[] = ['title', 'description', 'remediation', 'developerDetail'];

// Server values (a parameter name, a code) are inserted as they are: a host instance set to
// `skipOnVariables: false` must not expand a `{{…}}` or `$t(…)` the server sent.
const SAFE_INTERPOLATION = { escapeValue: false, skipOnVariables: true } as const;

function hasSafeInterpolation(i18n: I18nInstance): boolean {
  try {
    const interpolation = i18n.options?.interpolation;
    return interpolation?.escapeValue === false && interpolation.skipOnVariables !== false;
  } catch {
    return false;
  }
}

function lookupOptions(i18n: I18nInstance, language: string, values: Readonly<Record<string, unknown>>): TOptions {
  const languages = language === 'en-US' ? ['en-US'] : [language, 'en-US'];
  const options: TOptions = { ...values, keySeparator: KEY_SEPARATOR, nsSeparator: ':', lngs: languages };
  // Passing `interpolation` makes i18next build a new interpolator (fresh RegExps) per call,
  // so it is passed only to instances whose own settings are not already the safe ones.
  if (!hasSafeInterpolation(i18n)) options.interpolation = SAFE_INTERPOLATION;
  return options;
}

/**
 * The text of the first key the instance holds, and its position. Checked with `exists` first:
 * a missing key makes `t` return the key (without its namespace) or whatever a host's
 * missing-key handler makes of it, and neither may reach the user.
 */
function firstText(i18n: I18nInstance, keys: readonly string[], options: TOptions): { text: string; index: number } | undefined {
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    try {
      if (!i18n.exists(key, options)) continue;
      const value: unknown = i18n.t(key, options);
      if (typeof value === 'string' && value.trim() !== '' && value !== key && !key.endsWith(`:${value}`)) return { text: value, index };
    } catch {
      // A host instance in an odd state: try the next key.
    }
  }
  return undefined;
}

/**
 * The first text among `keys` in the given instance, else in the kit's own instance: a host
 * instance that lacks the kit's texts (never given them, or broken) cannot leave a field empty.
 */
function lookup(
  i18n: I18nInstance,
  language: string,
  keys: readonly string[],
  values: Readonly<Record<string, unknown>>,
): { text: string; index: number } | undefined {
  const found = firstText(i18n, keys, lookupOptions(i18n, language, values));
  if (found !== undefined) return found;
  const own = kitI18n();
  return own === i18n ? undefined : firstText(own, keys, lookupOptions(own, language, values));
}

const fieldKey = (candidate: TextCandidate, field: TextField) =>
  `${vodNamespace(candidate.resource)}:${candidate.key}${KEY_SEPARATOR}${field}`;

/**
 * Explains an error in a language with the given instance. Each field takes the most specific
 * text there is, field by field: the code, its dot-parents, the catalog code and its parents,
 * the synthetic code, the status, the category, the generic text. So a dotted code's entry may
 * leave its description to its parent's, and an app override of one field shows even before
 * the provider's file has loaded. Never throws, never returns an empty string or a raw key,
 * whatever the model: hand-made, partial and older models are read field by field.
 *
 * @example
 * ```ts
 * const text = translateVodError(i18n, normalizeVodError(caught), 'zh-CN');
 * text.title; // a short Chinese heading
 * ```
 */
export function translateVodError(i18n: I18nInstance, error: unknown, language: string): VodErrorText {
  const facts = readTextFacts(error);
  const candidates = textCandidates(error);
  const values = {
    code: facts.code,
    subCode: facts.subCode ?? '',
    status: facts.httpStatus ?? '',
    parameter: facts.parameter ?? '',
  };
  const result: Record<TextField, string> = { title: '', description: '', remediation: '', developerDetail: '' };
  let source: VodTextSource = 'generic';
  for (const field of FIELDS) {
    const keys = candidates.map((candidate) => fieldKey(candidate, field));
    // A parameter name is for developers (docs/WRITING.md §4.4): only developerDetail has a `_parameter` variant.
    const fieldValues = field === 'developerDetail' && facts.parameter ? { ...values, context: 'parameter' } : values;
    const found = lookup(i18n, language, keys, fieldValues);
    result[field] = found?.text ?? '';
    if (field === 'title' && found !== undefined) source = candidates[found.index]?.source ?? 'generic';
  }
  const parameter = facts.parameter;
  if (parameter && !result.developerDetail.includes(parameter)) {
    // Developers need the parameter the server named; uploaders never see it (docs/WRITING.md §4.4).
    result.developerDetail = translateVodUi(i18n, language, `detail${KEY_SEPARATOR}parameter`, { ...values, detail: result.developerDetail });
  }
  if (facts.subCode !== undefined) {
    // Support searches Tencent's docs by both codes of a dual-code reply, so name both.
    result.developerDetail = translateVodUi(i18n, language, `detail${KEY_SEPARATOR}dualCode`, { ...values, detail: result.developerDetail });
  }
  return { ...result, source };
}

/**
 * A UI string of the kit (`copy`, `retry`, `field>requestId`, …) in a language, with i18next's
 * interpolation and plurals (`count`). Falls back to the kit's own instance when the given one
 * lacks the key.
 *
 * @example
 * ```ts
 * translateVodUi(i18n, 'en-US', 'repeated', { count: 3 }); // 'Happened 3 times'
 * ```
 */
export function translateVodUi(
  i18n: I18nInstance,
  language: string,
  key: string,
  values: Readonly<Record<string, unknown>> = {},
): string {
  const path = key.includes(KEY_SEPARATOR) ? key : `ui${KEY_SEPARATOR}${key}`;
  const found = lookup(i18n, language, [`${vodNamespace('common')}:${path}`], values);
  return found?.text ?? path.slice(path.lastIndexOf(KEY_SEPARATOR) + 1);
}
