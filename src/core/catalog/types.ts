import type { VodErrorCategory, VodErrorFault, VodErrorSeverity } from '../model.js';

/** Per-code departures from the category's defaults (see `categoryDefaults`). */
export interface CatalogOverride {
  readonly retryable?: boolean;
  readonly severity?: VodErrorSeverity;
  readonly fault?: VodErrorFault;
  readonly retryAfterMs?: number;
  /**
   * The code means different things under different HTTP statuses (Huawei's `APIG.0201` is a
   * bad request under 400 and an unreachable backend under 502): status → category.
   */
  readonly byStatus?: Readonly<Record<number, VodErrorCategory>>;
  /**
   * The product the code really belongs to when it is not VOD: the seed's Tencent table shares
   * codes with Live (CSS), so texts can say "live streaming" instead of "video".
   */
  readonly product?: 'live';
}

/** A code's classification: its category, optionally with overrides. */
export type CatalogEntry = VodErrorCategory | readonly [VodErrorCategory, CatalogOverride];

/** Code (exactly as the provider sends it) → classification. Data, not logic. */
export type CatalogTable = Readonly<Record<string, CatalogEntry>>;

/**
 * Codes from one published source, written compactly: the table builder turns each group into
 * table entries. A group without `category` lists codes whose category follows from their shape
 * (their parent in the table, or the words they are made of): listing them only makes the kit
 * recognise them as themselves.
 */
export interface CodeGroup {
  /** Where the codes are published: a key of `catalogSources`. */
  readonly from: string;
  /** Whitespace-separated codes, each written without `prefix`; a list for codes with spaces. */
  readonly codes: string | readonly string[];
  /** Prepended to every code of the group (`InvalidParameterValue.`, `VOD.`). */
  readonly prefix?: string;
  /** The category of every code here; omitted when the rules derive it. */
  readonly category?: VodErrorCategory;
  readonly override?: CatalogOverride;
}
