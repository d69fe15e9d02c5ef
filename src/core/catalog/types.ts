import type { VodErrorCategory, VodErrorFault, VodErrorSeverity } from '../model.js';

/** Per-code departures from the category's defaults (see `categoryDefaults`). */
export interface CatalogOverride {
  readonly retryable?: boolean;
  readonly severity?: VodErrorSeverity;
  readonly fault?: VodErrorFault;
  readonly retryAfterMs?: number;
}

/** A code's classification: its category, optionally with overrides. */
export type CatalogEntry = VodErrorCategory | readonly [VodErrorCategory, CatalogOverride];

/** Code (exactly as the provider sends it) → classification. Data, not logic. */
export type CatalogTable = Readonly<Record<string, CatalogEntry>>;
