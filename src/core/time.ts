/** `Date` holds times within ±8.64e15 ms; past that `toISOString` throws. */
export function isDateTime(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) <= 8.64e15;
}
