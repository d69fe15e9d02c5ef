import { classifyByKeywords } from './keywords.js';
import type { CatalogEntry, CatalogTable, CodeGroup } from './types.js';

/**
 * The codes of a group, with its prefix.
 *
 * @example
 * ```ts
 * groupCodes({ from: 'huawei-vod', prefix: 'VOD.', codes: '10062 10064' }); // ['VOD.10062', 'VOD.10064']
 * ```
 */
export function groupCodes(group: CodeGroup): string[] {
  const prefix = group.prefix ?? '';
  const codes = typeof group.codes === 'string' ? group.codes.split(/\s+/) : group.codes;
  return codes.filter((code) => code !== '').map((code) => prefix + code);
}

/** The entry of the nearest listed parent of `code` (`A.B.C` → `A.B` → `A`), if any. */
function parentEntry(table: Record<string, CatalogEntry>, code: string): CatalogEntry | undefined {
  for (let dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
    const parent = code.slice(0, dot);
    if (Object.prototype.hasOwnProperty.call(table, parent)) return table[parent];
  }
  return undefined;
}

const categoryOf = (entry: CatalogEntry) => (typeof entry === 'string' ? entry : entry[0]);

/**
 * Builds a provider's table from its groups. Codes with a category keep it; the others take
 * their parent's category (`InvalidParameterValue.Width` → `InvalidParameterValue`), or, when the
 * parent only says "failed" (Tencent's `FailedOperation` is `unknown`) or there is none, the
 * category their words give. Listed codes are thus recognised as themselves while the table
 * stores only what the rules cannot tell.
 *
 * @example
 * ```ts
 * tableFromGroups([{ from: 'tencent-sdk', codes: 'InvalidParameterValue', category: 'invalid-request' },
 *   { from: 'tencent-sdk', prefix: 'InvalidParameterValue.', codes: 'Width Height' }]);
 * // { InvalidParameterValue: 'invalid-request', 'InvalidParameterValue.Width': 'invalid-request', … }
 * ```
 */
export function tableFromGroups(groups: readonly CodeGroup[]): CatalogTable {
  const table: Record<string, CatalogEntry> = {};
  const derived: string[] = [];
  for (const group of groups) {
    for (const code of groupCodes(group)) {
      if (group.category === undefined) derived.push(code);
      else table[code] = group.override === undefined ? group.category : [group.category, group.override];
    }
  }
  for (const code of derived) {
    const parent = parentEntry(table, code);
    table[code] =
      parent !== undefined && categoryOf(parent) !== 'unknown'
        ? categoryOf(parent)
        : (classifyByKeywords(code) ?? (parent === undefined ? 'unknown' : categoryOf(parent)));
  }
  return table;
}
