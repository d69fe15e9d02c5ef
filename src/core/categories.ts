import type { VodErrorCategory, VodErrorFault, VodErrorSeverity } from './model.js';

export interface CategoryDefaults {
  readonly fault: VodErrorFault;
  readonly severity: VodErrorSeverity;
  readonly retryable: boolean;
  /** Suggested first wait before a retry; only meaningful when `retryable`. */
  readonly retryAfterMs?: number;
}

/**
 * What a category means when the catalog says nothing more specific. Retry waits are a first
 * step: `retry.ts` grows them with backoff.
 */
export const categoryDefaults: Readonly<Record<VodErrorCategory, CategoryDefaults>> = {
  auth: { fault: 'client', severity: 'error', retryable: false },
  permission: { fault: 'client', severity: 'error', retryable: false },
  account: { fault: 'client', severity: 'error', retryable: false },
  quota: { fault: 'client', severity: 'error', retryable: false },
  'rate-limit': { fault: 'client', severity: 'warning', retryable: true, retryAfterMs: 1000 },
  'invalid-request': { fault: 'client', severity: 'error', retryable: false },
  'not-found': { fault: 'client', severity: 'error', retryable: false },
  conflict: { fault: 'client', severity: 'warning', retryable: false },
  server: { fault: 'server', severity: 'error', retryable: true, retryAfterMs: 2000 },
  unavailable: { fault: 'server', severity: 'warning', retryable: true, retryAfterMs: 5000 },
  network: { fault: 'network', severity: 'warning', retryable: true, retryAfterMs: 1000 },
  timeout: { fault: 'network', severity: 'warning', retryable: true, retryAfterMs: 1000 },
  aborted: { fault: 'client', severity: 'info', retryable: false },
  success: { fault: 'client', severity: 'info', retryable: false },
  unknown: { fault: 'server', severity: 'error', retryable: false },
};

/** Every category, in a stable order (for catalogs, stories and tests). */
export const vodErrorCategories = Object.keys(categoryDefaults) as readonly VodErrorCategory[];
