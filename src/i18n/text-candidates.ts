import { vodErrorCategories } from '../core/categories.js';
import type { VodErrorCategory } from '../core/model.js';
import { formatDefinition, formatForCode } from '../core/providers/registry.js';
import type { VodFormatDefinition } from '../core/providers/types.js';
import { readKey } from '../core/read.js';
import { isHttpStatusCode, isSyntheticCode, syntheticTextCodes, UNKNOWN_CODE } from '../core/synthetic-codes.js';
import type { VodResourceName } from './namespaces.js';

/**
 * Which text answered: the error's own code or one of its dot-parents or its catalog code
 * (`code`), the nested code of a dual-code reply (`subCode`), the HTTP status, a transport
 * failure (`synthetic`), the category, or the last-resort generic text.
 */
export type VodTextSource = 'code' | 'subCode' | 'status' | 'synthetic' | 'category' | 'generic';

/** One place a text may be found: a key (without its field) in a resource file. */
export interface TextCandidate {
  readonly resource: VodResourceName;
  /** The key path inside the file, segments joined by {@link KEY_SEPARATOR}. */
  readonly key: string;
  readonly source: VodTextSource;
}

/** Codes contain dots, so the kit's keys are split with a separator no code uses. */
export const KEY_SEPARATOR = '>';

/** The facts texts depend on, read without trusting the value: models may be hand-made or old. */
export interface TextFacts {
  readonly provider: string | undefined;
  readonly format: string | undefined;
  readonly code: string;
  readonly subCode: string | undefined;
  readonly catalogCode: string | undefined;
  readonly httpStatus: number | undefined;
  readonly category: VodErrorCategory;
  readonly parameter: string | undefined;
}

const CATEGORIES: ReadonlySet<string> = new Set(vodErrorCategories);

const stringAt = (value: unknown, key: string): string | undefined => {
  const field = readKey(value, key);
  return typeof field === 'string' ? field : undefined;
};

/** Reads the text facts of a model, a JSON copy of one, or a partial hand-made one. */
export function readTextFacts(error: unknown): TextFacts {
  const status = readKey(error, 'httpStatus');
  const category = stringAt(error, 'category');
  return {
    provider: stringAt(error, 'provider'),
    format: stringAt(error, 'format'),
    code: stringAt(error, 'code') ?? UNKNOWN_CODE,
    subCode: stringAt(error, 'subCode'),
    catalogCode: stringAt(error, 'catalogCode'),
    httpStatus: typeof status === 'number' && Number.isInteger(status) ? status : undefined,
    category: category !== undefined && CATEGORIES.has(category) ? (category as VodErrorCategory) : 'unknown',
    parameter: stringAt(readKey(error, 'params'), 'parameter'),
  };
}

// Only plain tokens become keys: anything else could address another part of a file. A space
// is plain too: Alibaba's upload SDK sends `Step Not Idle` and `Upload Status Error`.
const SAFE_KEY = /^[A-Za-z0-9._ -]{1,128}$/;

/** `InvalidParameterValue.FileId` → itself, then `InvalidParameterValue`. */
function withDotParents(code: string): string[] {
  const keys = [code];
  for (let dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) keys.push(code.slice(0, dot));
  return keys;
}

/** The format whose rule files the error's codes: its own, else its provider's for the code. */
function formatOf(facts: TextFacts): VodFormatDefinition | undefined {
  const own = facts.format === undefined ? undefined : formatDefinition(facts.format);
  if (own !== undefined) return own;
  const guessed = facts.provider === undefined ? undefined : formatForCode(facts.provider, facts.code);
  return guessed === undefined ? undefined : formatDefinition(guessed);
}

/**
 * Where an error's texts may be, most specific first: the nested code, the code and its
 * dot-parents, the catalog code and its parents, the synthetic code, the status, the category,
 * the generic text. Each field of the text takes the first candidate that has it.
 *
 * A synthetic code (`Timeout`) is the error's own code, so it comes before the status.
 */
export function textCandidates(error: unknown): TextCandidate[] {
  const facts = readTextFacts(error);
  const candidates: TextCandidate[] = [];
  const format = formatOf(facts);
  if (format?.subCodes !== undefined && facts.subCode !== undefined && SAFE_KEY.test(facts.subCode)) {
    candidates.push({ resource: format.subCodes.resource as VodResourceName, key: facts.subCode, source: 'subCode' });
  }
  if (format !== undefined && !isSyntheticCode(facts.code)) {
    const codes = withDotParents(facts.code);
    if (facts.catalogCode !== undefined) codes.push(...withDotParents(facts.catalogCode));
    const seen = new Set<string>();
    for (const key of codes) {
      if (seen.has(key) || !SAFE_KEY.test(key)) continue;
      seen.add(key);
      candidates.push({ resource: format.resourceFor(key) as VodResourceName, key, source: 'code' });
    }
  }
  if (syntheticTextCodes.has(facts.code)) {
    candidates.push({ resource: 'common', key: `synthetic${KEY_SEPARATOR}${facts.code}`, source: 'synthetic' });
  }
  // A status explains an error only when no code does; some formats answer errors with 200.
  const statusExplains = isHttpStatusCode(facts.code) || facts.catalogCode === undefined;
  if (facts.httpStatus !== undefined && statusExplains && format?.statusSaysNothing !== true) {
    candidates.push({ resource: 'common', key: `http${KEY_SEPARATOR}${facts.httpStatus}`, source: 'status' });
  }
  // The `unknown` category text speaks of "a problem the service reported"; when nothing at
  // all identified the error (no code, status or transport failure), the generic text is the honest one.
  if (!(facts.category === 'unknown' && facts.code === UNKNOWN_CODE)) {
    candidates.push({ resource: 'common', key: `category${KEY_SEPARATOR}${facts.category}`, source: 'category' });
  }
  candidates.push({ resource: 'common', key: 'generic', source: 'generic' });
  return candidates;
}
