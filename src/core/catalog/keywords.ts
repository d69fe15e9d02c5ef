import { memoizeText } from '../memo.js';
import type { CatalogEntry } from './types.js';

// Keyword fallback for codes no table lists (Tencent alone documents ~200
// `InvalidParameterValue.*`), and the rule that derives the category of listed codes whose
// shape says what they are. Order matters: the first match wins. The same situation must land
// in the same category whichever provider names it (issue 14): blocked media, a domain still
// being deployed, too many items in one request.
const CODE_KEYWORDS: ReadonlyArray<readonly [RegExp, CatalogEntry]> = [
  [/^(?:InvalidParameter|MissingParameter|UnknownParameter|InvalidArgument|MissingArgument|InvalidInput)(?:$|\.)/, 'invalid-request'],
  // Too many IDs or URLs in one call: the request must carry fewer (Alibaba `VideoIdsExceededMax`,
  // `JobIdsExceededMax`; Tencent `FileIdsTooMany`), not a quota of the account.
  [/(?:Ids|Urls|Paths|Names|List)(?:ExceededMax|TooMany|OverLimit)/i, 'invalid-request'],
  // Media blocked by the platform (content review): a state of the media, never retryable.
  [/Forbid+(?:en|ed)BySystem|Blocked|Banned/i, ['conflict', { severity: 'error' }]],
  // A domain (or other configuration) still being deployed: it settles by itself.
  [/Deploying|Configuring/i, ['conflict', { retryable: true, retryAfterMs: 60_000 }]],
  [/NotFound|NoFound|NotExist|NoSuch/i, 'not-found'],
  [/Throttl|RequestLimit|TooManyRequests|RateLimit|FlowLimit|Frequen|SlowDown/i, 'rate-limit'],
  [/Quota|LimitExceeded|ExceededMax|OutLimit|TooMuch|ReachMax/i, 'quota'],
  [/Arrear|Suspend|Overdue|Frozen|NotOpen|NotActivat|InDebt/i, 'account'],
  [/Expired|Signature|AuthFailure|Unauthenticated|InvalidAccessKey|Token/i, 'auth'],
  [/Forbidden|Unauthorized|AccessDenied|PermissionDenied|NoPermission|NotPermit|NoPrivilege/i, 'permission'],
  [/AlreadyExist|InUse|InUsing|Conflict|Duplicate|IllegalStatus|NotEmpty/i, 'conflict'],
  [/Timeout|TimedOut/i, 'timeout'],
  [/Unavailable|Busy|Maintenance/i, 'unavailable'],
  [/Internal|SystemError|DBError/i, 'server'],
  [/Invalid|Missing|Illegal|Unsupported|Malformed|Parameter|Argument|TooLarge|TooLong|TooSmall/i, 'invalid-request'],
];

/**
 * Classifies a code by the words it is made of. Codes repeat: each one's answer is remembered.
 *
 * @example
 * ```ts
 * classifyByKeywords('InvalidVideo.NotFound'); // 'not-found'
 * ```
 */
export const classifyByKeywords: (code: string) => CatalogEntry | undefined = memoizeText(matchKeywords);

function matchKeywords(code: string): CatalogEntry | undefined {
  if (code.length > 128) return undefined;
  for (const [pattern, entry] of CODE_KEYWORDS) if (pattern.test(code)) return entry;
  return undefined;
}
