import type { VodErrorCategory } from '../model.js';
import { httpStatusCatalog } from './http-status.js';
import { memoizeText } from '../memo.js';
import { classifyByKeywords } from './keywords.js';
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

/** What a table says about one code whatever the status, and the meanings a status may pick. */
interface TableAnswer {
  readonly classification: Classification;
  readonly byStatus: Readonly<Partial<Record<number, VodErrorCategory>>> | undefined;
}

// The tables are static data and codes repeat: each table's answer for a code is worked out once.
const answersByTable = new Map<CatalogTable, (code: string) => TableAnswer | undefined>();

function answerOf(table: CatalogTable, code: string): TableAnswer | undefined {
  let answer = answersByTable.get(table);
  if (answer === undefined) answersByTable.set(table, (answer = memoizeText((text) => readTable(table, text))));
  return answer(code);
}

function readTable(table: CatalogTable, code: string): TableAnswer | undefined {
  const key = lookupCode(table, code);
  if (key === undefined) return undefined;
  const [category, override] = split(table[key] as CatalogEntry);
  // A parent that only says "it failed" (Tencent's `FailedOperation`): the child's own words
  // say more, and they must say the same as for any other provider.
  const byWords = key !== code && category === 'unknown' ? classifyByKeywords(code) : undefined;
  const classification: Classification =
    byWords !== undefined ? { ...fromEntry(byWords), catalogCode: key } : { category, override, catalogCode: key };
  return { classification, byStatus: override?.byStatus };
}

/**
 * Classifies a code that is in a table, or whose parent is. `status` picks the meaning of codes
 * that mean different things under different statuses (`byStatus`).
 */
export function classifyFromTable(table: CatalogTable, code: string, status?: number): Classification | undefined {
  const answer = answerOf(table, code);
  if (answer === undefined) return undefined;
  const byStatus = status === undefined ? undefined : answer.byStatus?.[status];
  if (byStatus !== undefined) return { category: byStatus, override: undefined, catalogCode: answer.classification.catalogCode };
  return answer.classification;
}

/**
 * A classification without a catalog entry, from a keyword rule's entry.
 *
 * @example
 * ```ts
 * fromEntry(['conflict', { severity: 'error' }]); // { category: 'conflict', override: { severity: 'error' }, catalogCode: undefined }
 * ```
 */
export function fromEntry(entry: CatalogEntry): Classification {
  const [category, override] = split(entry);
  return { category, override, catalogCode: undefined };
}

export { classifyByKeywords };

// Huawei VOD sends nearly every code with 403 and VST with 400, whatever the cause (the code
// table in huaweicloudDocs/vod): for an unlisted code of theirs the status says nothing, and
// reading 403 as "no permission" would send users to an administrator for a missing domain.
const STATUS_BLIND_CODE = /^(?:VOD|VST)\.\d+$/;

/**
 * Whether `status` may classify a reply whose `code` no table or keyword knows.
 *
 * @example
 * ```ts
 * statusClassifiesCode('VOD.10200', 403); // false
 * ```
 */
export function statusClassifiesCode(code: string | undefined, status: number): boolean {
  return code === undefined || !(STATUS_BLIND_CODE.test(code) && (status === 400 || status === 403));
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
