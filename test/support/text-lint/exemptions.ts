import type { RuleId } from './rules.js';

/**
 * Texts that break a rule's letter but follow docs/WRITING.md's intent, each with its reason.
 * Keep this list short: an exemption is a decision a reviewer can read and disagree with.
 */
export interface Exemption {
  readonly rule: RuleId;
  readonly file: string;
  readonly code: string;
  /** Omit for every field of the entry. */
  readonly field?: string;
  /** Omit for both languages. */
  readonly language?: string;
  readonly reason: string;
}

export const exemptions: readonly Exemption[] = [
  {
    rule: 'retry-first',
    file: 'tencent',
    code: 'AuthFailure.SignatureExpire',
    field: 'remediation',
    reason: 'The app signs a fresh request on a retry, so a stale signature (a slow or queued request) differs the second time; the text goes on to support for a skewed server clock.',
  },
  {
    rule: 'retry-first',
    file: 'tencent-legacy',
    code: '4200',
    field: 'remediation',
    reason: 'As AuthFailure.SignatureExpire: a retry is signed afresh with a new Timestamp.',
  },
  {
    rule: 'retry-first',
    file: 'tencent-legacy',
    code: '4500',
    field: 'remediation',
    reason: 'Replay protection: a retry carries a new random Nonce, so it is not the same request.',
  },
];
