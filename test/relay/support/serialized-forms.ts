/**
 * Every way a model leaves the process that made it: what `res.json()`, `structuredClone`,
 * `postMessage`, a worker, React's server-to-client props and loggers do with it.
 */
import { inspect } from 'node:util';
import { serialize } from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import { vodErrorBody, vodErrorResponse } from '../../../src/server';
import type { VodError } from '../../../src/core';

/** A logger that walks own enumerable keys, as pino's and winston's object formatters do. */
export function walkEnumerable(value: unknown, depth = 0): string {
  if (depth > 8 || value === null || typeof value !== 'object') return String(value);
  return Object.keys(value)
    .map((key) => `${key}=${walkEnumerable((value as Record<string, unknown>)[key], depth + 1)}`)
    .join(' ');
}

/** A copy made by a real MessagePort: the structured clone `postMessage` does between a page, workers and frames. */
export function postMessageCopy(value: unknown): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.once('message', (copy: unknown) => {
      port1.close();
      port2.close();
      resolve(copy);
    });
    port1.postMessage(value);
  });
}

export interface SerializedForm {
  readonly name: string;
  /** The text that leaves the process. */
  readonly text: string;
  /** The copy the other side gets, when it gets one to normalize again. */
  readonly copy?: unknown;
}

/** The model in each form it can take on its way out. */
export async function serializedForms(error: VodError): Promise<SerializedForm[]> {
  const cloned = structuredClone(error);
  const posted = await postMessageCopy(error);
  const spread = { ...error };
  const response = vodErrorResponse(error);
  return [
    { name: 'JSON.stringify', text: JSON.stringify(error), copy: JSON.parse(JSON.stringify(error)) },
    { name: 'structuredClone', text: inspect(cloned, { depth: null, showHidden: true }), copy: cloned },
    { name: 'postMessage (MessagePort)', text: inspect(posted, { depth: null, showHidden: true }), copy: posted },
    // What v8 writes for worker_threads and the structured clone of the HTML spec alike.
    { name: 'v8.serialize', text: serialize(error).toString('latin1') },
    { name: 'object spread', text: JSON.stringify(spread), copy: spread },
    { name: 'logger walking own enumerable keys', text: walkEnumerable(error) },
    { name: 'util.inspect with hidden properties (console.log, debuggers)', text: inspect(error, { depth: null, showHidden: true }) },
    { name: 'vod-error-kit/server body', text: JSON.stringify(vodErrorBody(error)), copy: vodErrorBody(error) },
    { name: 'vod-error-kit/server Response', text: `${[...response.headers].join('\n')}\n${await response.text()}` },
  ];
}
