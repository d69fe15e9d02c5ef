import { classifyByKeywords, classifyFromTable, classifyStatus, fromEntry, statusClassifiesCode, type CatalogTable, type Classification } from './catalog/index.js';
import type { Draft } from './draft.js';
import type { VodErrorCategory, VodErrorFormat, VodProvider } from './model.js';
import { detectProviderFromText } from './providers/hosts.js';
import { formatDefinition, formatForCode, providerOfCode } from './providers/registry.js';

const NO_ENTRY = { override: undefined, catalogCode: undefined } as const;

/**
 * Who sent the error: what a body or SDK exception said, else the caller's hint, else a host
 * in a URL or message, else the service an XML body's format belongs to, else the code's shape
 * or the one catalog that lists it.
 */
export function resolveProvider(draft: Draft, fallback: VodProvider | undefined): VodProvider {
  if (draft.provider !== undefined) return draft.provider;
  if (fallback !== undefined && fallback !== 'unknown') return fallback;
  for (const hint of draft.hostHints) {
    const provider = detectProviderFromText(hint);
    if (provider !== undefined) return provider;
  }
  if (draft.xmlFormat !== undefined) {
    const provider = formatDefinition(draft.xmlFormat)?.provider;
    if (provider !== undefined) return provider as VodProvider;
  }
  return (draft.code === undefined ? undefined : providerOfCode(draft.code)) ?? 'unknown';
}

/** The wire format: what the reader said, else the provider's format for the code's shape. */
export function resolveFormat(draft: Draft, provider: VodProvider): VodErrorFormat {
  if (draft.format !== undefined) return draft.format;
  if (draft.code !== undefined) return formatForCode(provider, draft.code) ?? 'unknown';
  if (draft.transport !== undefined) return 'network';
  if (draft.httpStatus !== undefined) return 'http';
  return 'unknown';
}

/**
 * Classifies by code first (the format's catalog with dot-parent fallback, a nested code's
 * table, the words of the code), then by transport failure, then by status.
 */
export function classify(draft: Draft, format: VodErrorFormat): Classification {
  const code = draft.code;
  const definition = formatDefinition(format);
  if (code !== undefined) {
    const table = definition?.catalog;
    const subCodes = definition?.subCodes?.catalog;
    // A dual-code reply is explained by its nested code, which is the more specific one.
    if (draft.subCode !== undefined && subCodes !== undefined) {
      const dual = classifyDualCode(subCodes, table, draft.subCode, code);
      if (dual) return dual;
    }
    const exact = table ? classifyFromTable(table, code, draft.httpStatus) : undefined;
    if (exact) return exact;
    // Live-code (`ret`) replies and some upload-SDK errors carry the nested kind of code in `code`.
    const nested = subCodes ? classifyFromTable(subCodes, code) : undefined;
    if (nested) return nested;
    if (code === '0') return { category: 'success', ...NO_ENTRY };
    const byWords = classifyByKeywords(code);
    if (byWords) return fromEntry(byWords);
  }
  if (draft.transport !== undefined) {
    const category: VodErrorCategory = draft.transport === 'offline' ? 'network' : draft.transport;
    return { category, ...NO_ENTRY };
  }
  // Formats that answer errors with HTTP 200 (Tencent API 3.0): the status says nothing.
  if (draft.httpStatus !== undefined && !(definition?.statusSaysNothing === true && code !== undefined) && statusClassifiesCode(code, draft.httpStatus)) {
    const byStatus = classifyStatus(draft.httpStatus);
    // A status is not a provider code: no catalogCode, so texts come from the status table.
    if (byStatus) return { ...byStatus, catalogCode: undefined };
  }
  if (draft.invalidResponse) return { category: 'unavailable', ...NO_ENTRY };
  return { category: 'unknown', ...NO_ENTRY };
}

// A dual-code reply's classification is its nested code's with the outer code's catalog key.
// It depends on the two tables and the two codes alone, and replies repeat: the last one is
// remembered, instead of two table look-ups and a fresh copy for every reply (issue 12).
let lastDual:
  | { readonly subCodes: CatalogTable; readonly table: CatalogTable | undefined; readonly subCode: string; readonly code: string; readonly answer: Classification | undefined }
  | undefined;

function classifyDualCode(subCodes: CatalogTable, table: CatalogTable | undefined, subCode: string, code: string): Classification | undefined {
  const last = lastDual;
  if (last !== undefined && last.subCodes === subCodes && last.table === table && last.subCode === subCode && last.code === code) return last.answer;
  const nested = classifyFromTable(subCodes, subCode);
  const answer = nested && { ...nested, catalogCode: table ? classifyFromTable(table, code)?.catalogCode : undefined };
  lastDual = { subCodes, table, subCode, code, answer };
  return answer;
}
