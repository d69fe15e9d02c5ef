import { classifyEntry, type EntryClass } from './classify.js';
import { exemptions as defaultExemptions, type Exemption } from './exemptions.js';
import { ruleIds, runRule, type LintContext, type RuleId, type Violation } from './rules.js';
import type { LintText } from './texts.js';

export { ruleIds, ruleDescriptions, lengthLimits, type RuleId, type Violation } from './rules.js';
export { loadLocaleTexts, textsOfResource, type LintText } from './texts.js';
export { exemptions, type Exemption } from './exemptions.js';
export { classifyEntry } from './classify.js';

export interface LintOptions {
  /** Only these rules (default: all). */
  readonly rules?: readonly RuleId[];
  readonly exemptions?: readonly Exemption[];
  /** How to learn an entry's category and retryable flag (default: the kit's core). */
  readonly classOf?: (text: LintText) => EntryClass | undefined;
}

const isExempt = (violation: Violation, exemption: Exemption) =>
  exemption.rule === violation.rule &&
  exemption.file === violation.file &&
  exemption.code === violation.code &&
  (exemption.field === undefined || exemption.field === violation.field) &&
  (exemption.language === undefined || exemption.language === violation.language);

/**
 * Checks texts against docs/WRITING.md and returns every violation that no exemption covers.
 *
 * @example
 * ```ts
 * const violations = lintTexts(loadLocaleTexts('locales'), { rules: ['informal-you'] });
 * violations.map(formatViolation); // ['zh-CN/tencent.json › AuthFailure › remediation: 「…你…」 (informal-you: write 您)']
 * ```
 */
export function lintTexts(texts: readonly LintText[], options: LintOptions = {}): Violation[] {
  const cache = new Map<string, EntryClass | undefined>();
  const classOf =
    options.classOf ??
    ((text: LintText) => {
      const key = `${text.file}\u0000${text.code}`;
      if (!cache.has(key)) cache.set(key, classifyEntry(text));
      return cache.get(key);
    });
  const context: LintContext = { texts, classOf };
  const exemptions = options.exemptions ?? defaultExemptions;
  return (options.rules ?? ruleIds)
    .flatMap((rule) => runRule(rule, context))
    .filter((violation) => !exemptions.some((exemption) => isExempt(violation, exemption)));
}

/** One line per violation: file, code, field, the text itself, and what is wrong. */
export function formatViolation(violation: Violation): string {
  const text = violation.text === '' ? '(missing)' : `「${violation.text}」`;
  return `${violation.language}/${violation.file}.json › ${violation.code} › ${violation.field}: ${text} (${violation.rule}: ${violation.problem})`;
}

/** Violations counted per rule, for reports. */
export function countByRule(violations: readonly Violation[]): Record<RuleId, number> {
  const counts = Object.fromEntries(ruleIds.map((rule) => [rule, 0])) as Record<RuleId, number>;
  for (const violation of violations) counts[violation.rule] += 1;
  return counts;
}
