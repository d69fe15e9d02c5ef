/**
 * The codes the kit makes up when the provider sent none. One list: the normalizer writes them,
 * re-reading a JSON copy recognises them, and the text layer finds their texts under
 * `common:synthetic` by them.
 */

/** The code reported for each transport failure. */
export const transportCodes = {
  network: 'NetworkError',
  timeout: 'Timeout',
  aborted: 'Aborted',
  offline: 'Offline',
} as const;

export type Transport = keyof typeof transportCodes;

/** A reply came, but not an API reply (an HTML gateway page, an unparseable body). */
export const INVALID_RESPONSE_CODE = 'InvalidResponse';
/** Nothing identified the error. */
export const UNKNOWN_CODE = 'Unknown';

/** Synthetic codes with a text of their own (`common:synthetic>…`). */
export const syntheticTextCodes: ReadonlySet<string> = new Set([...Object.values(transportCodes), INVALID_RESPONSE_CODE]);

/** The code of an error known only by its status: `HTTP.503`. */
export function httpStatusCode(status: number): string {
  return `HTTP.${status}`;
}

const HTTP_STATUS_CODE = /^HTTP\.\d{3}$/;
const HTTP_STATUS_CODE_LENGTH = 'HTTP.503'.length;

/** True for `HTTP.503`-style codes. */
export function isHttpStatusCode(code: string): boolean {
  // Every model's links ask this of its code: most codes are told apart by their length, which
  // costs nothing (a `startsWith` call cost a tenth of an Alibaba error's normalization).
  return code.length === HTTP_STATUS_CODE_LENGTH && HTTP_STATUS_CODE.test(code);
}

const TRANSPORT_BY_CODE: ReadonlyMap<string, Transport> = new Map(
  Object.entries(transportCodes).map(([transport, code]) => [code, transport as Transport]),
);

/** The transport failure a synthetic code stands for. */
export function transportOfCode(code: string): Transport | undefined {
  return TRANSPORT_BY_CODE.get(code);
}

/** True for every code the kit makes up, which no provider page or text file knows. */
export function isSyntheticCode(code: string): boolean {
  return code === UNKNOWN_CODE || code === INVALID_RESPONSE_CODE || TRANSPORT_BY_CODE.has(code) || isHttpStatusCode(code);
}
