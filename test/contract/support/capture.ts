/** Runs a client call that must fail and returns what it threw (or rejected with). */
export async function rejectionOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the client call to fail, but it succeeded');
}

/** What an app backend sends on when it does `res.json(err)`: own enumerable fields only. */
export function jsonCopy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The other common way to pass an error on: `{ name, message, ...err }`, then JSON. */
export function spreadCopy(value: unknown): unknown {
  const error = value as { name?: unknown; message?: unknown };
  return jsonCopy({ name: error.name, message: error.message, ...(value as object) });
}
