import type { VodErrorCategory } from '../model.js';
import { httpStatusCatalog } from './http-status.js';
import type { CatalogEntry, CatalogOverride, CatalogTable } from './types.js';

export type { CatalogEntry, CatalogOverride, CatalogTable } from './types.js';

/** What the catalog says about one code or status. */
export interface Classification {
  readonly category: VodErrorCategory;
  readonly override: CatalogOverride | undefined;
  /** The table key that matched, when one did. */
  readonly catalogCode: string | undefined;
}

function has(table: CatalogTable, key: string): boolean {
  // Own keys only: a code such as `constructor` or `__proto__` must not hit Object.prototype.
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * Finds a code or, failing that, its nearest parent: `InvalidParameterValue.FileId` →
 * `InvalidParameterValue`. Tencent documents this fallback; Alibaba's codes nest the same way.
 */
export function lookupCode(table: CatalogTable, code: string): string | undefined {
  let key = code;
  for (;;) {
    if (has(table, key)) return key;
    const dot = key.lastIndexOf('.');
    if (dot <= 0) return undefined;
    key = key.slice(0, dot);
  }
}

function split(entry: CatalogEntry): [VodErrorCategory, CatalogOverride | undefined] {
  return typeof entry === 'string' ? [entry, undefined] : [entry[0], entry[1]];
}

/** Classifies a code that is in a table. */
export function classifyFromTable(table: CatalogTable, code: string): Classification | undefined {
  const key = lookupCode(table, code);
  if (key === undefined) return undefined;
  const [category, override] = split(table[key] as CatalogEntry);
  return { category, override, catalogCode: key };
}

// Keyword fallback for the hundreds of suffixes no table lists (Tencent alone documents ~200
// `InvalidParameterValue.*`). Order matters: the first match wins.
const CODE_KEYWORDS: ReadonlyArray<readonly [RegExp, VodErrorCategory]> = [
  [/^(?:InvalidParameter|MissingParameter|UnknownParameter|InvalidArgument|MissingArgument)/, 'invalid-request'],
  [/NotFound|NotExist|NoSuch/i, 'not-found'],
  [/Throttl|RequestLimit|TooMany|RateLimit|FlowLimit|Frequen/i, 'rate-limit'],
  [/Quota|LimitExceeded|ExceededMax|OutLimit|TooMuch|TooLarge|SizeLimit/i, 'quota'],
  [/Arrear|Suspend|Overdue|Frozen|NotOpen|NotActivat|InDebt/i, 'account'],
  [/Expired|Signature|AuthFailure|Unauthenticated|InvalidAccessKey|Token/i, 'auth'],
  [/Forbidden|Unauthorized|AccessDenied|PermissionDenied|NoPermission|NotPermit/i, 'permission'],
  [/AlreadyExist|InUse|InUsing|Conflict|Duplicate|IllegalStatus|NotEmpty/i, 'conflict'],
  [/Timeout|TimedOut/i, 'timeout'],
  [/Unavailable|Busy|Maintenance/i, 'unavailable'],
  [/Internal|SystemError|DBError/i, 'server'],
  [/Invalid|Missing|Illegal|Unsupported|Malformed|Parameter|Argument/i, 'invalid-request'],
];

/** Classifies an unlisted code by the words it is made of. */
export function classifyByKeywords(code: string): VodErrorCategory | undefined {
  if (code.length > 128) return undefined;
  for (const [pattern, category] of CODE_KEYWORDS) if (pattern.test(code)) return category;
  return undefined;
}

/** Classifies a bare HTTP status. */
export function classifyStatus(status: number): Classification | undefined {
  const exact = classifyFromTable(httpStatusCatalog, String(status));
  if (exact) return exact;
  if (status >= 200 && status < 300) return { category: 'success', override: undefined, catalogCode: undefined };
  if (status >= 500) return { category: 'server', override: undefined, catalogCode: undefined };
  if (status >= 400) return { category: 'invalid-request', override: undefined, catalogCode: undefined };
  return undefined;
}
