/**
 * Builds the relay test page once per run, in memory (no files written): the app as a user
 * ships it, React and the kit bundled, locale files as lazy chunks.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

/** File name (as the page requests it, e.g. `/assets/index-abc.js`) → content and type. */
export type PageFiles = ReadonlyMap<string, { readonly body: string | Uint8Array; readonly type: string }>;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

export async function buildRelayPage(): Promise<PageFiles> {
  const root = fileURLToPath(new URL('../page/', import.meta.url));
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [react()],
    build: { write: false, minify: false, sourcemap: false, reportCompressedSize: false, modulePreload: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = new Map<string, { body: string | Uint8Array; type: string }>();
  for (const { output } of outputs) {
    for (const item of output) {
      const body = item.type === 'chunk' ? item.code : item.source;
      const extension = item.fileName.slice(item.fileName.lastIndexOf('.'));
      files.set(`/${item.fileName}`, { body, type: TYPES[extension] ?? 'application/octet-stream' });
    }
  }
  return files;
}
