// Bundle sizes: one method for every row. Vite (rolldown) library mode, ES output, minified,
// production `process.env.NODE_ENV`, React external; every file gzipped separately at level 9.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { benchDir, log, repoRoot } from './common.mjs';

export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** React is the app's: external in every row. */
export const REACT = /^(?:react|react-dom)(?:$|\/)/;
/** The kit's runtime dependencies, made external for the "kit's own code" builds. */
export const KIT_DEPENDENCIES = /^(?:react|react-dom|i18next|@radix-ui\/[^/]+)(?:$|\/)/;
const KIT_DEPENDENCIES_AND_TEXTS = new RegExp(`${KIT_DEPENDENCIES.source}|\\.json$`);
/** What the core must never pull in. */
const FORBIDDEN_IN_CORE = /[\\/]node_modules[\\/](?:react|react-dom|scheduler|i18next)[\\/]/;

/** Builds one entry file; `root` lets a copy of the repository (a what-if patch) be measured the same way. */
export async function bundle(entryFile, external, root = repoRoot) {
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    // Library mode keeps `process.env.NODE_ENV` for the consumer; count what a production app ships.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: entryFile, formats: ['es'], fileName: 'entry' },
      rollupOptions: { external: (id) => external.test(id) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  // The initial load: the entry chunk and every chunk it imports statically.
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  visit(entry);
  const lazy = chunks.filter((c) => !initial.has(c));
  const css = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  const sum = (list, field = 'code') => list.reduce((total, item) => total + gzipBytes(item[field] ?? item.source), 0);
  const lazyLocale = lazy.filter((c) => c.facadeModuleId?.endsWith('.json'));
  const lazyOther = lazy.filter((c) => !lazyLocale.includes(c));
  const initialModules = [...initial].flatMap((c) => Object.entries(c.modules));
  return {
    gzip: sum([...initial]),
    minified: [...initial].reduce((t, c) => t + Buffer.byteLength(c.code), 0),
    cssGzip: css.reduce((t, a) => t + gzipBytes(a.source), 0),
    lazyGzip: sum(lazyOther),
    lazyChunks: lazyOther.map((c) => ({ file: c.fileName, gzip: gzipBytes(c.code) })),
    lazyLocaleGzip: sum(lazyLocale),
    lazyLocaleChunks: lazyLocale.length,
    externalImports: [...new Set([...initial].flatMap((c) => c.imports.filter((name) => !byName.has(name))))].sort(),
    moduleCount: initialModules.length,
    forbidden: initialModules
      .filter(([id]) => FORBIDDEN_IN_CORE.test(id))
      .map(([id, info]) => ({ id: id.slice(id.indexOf('node_modules')), renderedBytes: info.renderedLength })),
  };
}

/** One row: the app-shipped build, and for the kit the same entry with its dependencies external. */
async function measure(entryName, { own = false } = {}) {
  const started = performance.now();
  const entryFile = resolve(benchDir, 'entries', `${entryName}.js`);
  const total = await bundle(entryFile, REACT);
  const row = { entry: `bench/entries/${entryName}.js`, ...total };
  if (own) {
    const ownBuild = await bundle(entryFile, KIT_DEPENDENCIES);
    row.ownGzip = ownBuild.gzip;
    row.dependenciesGzip = total.gzip - ownBuild.gzip;
    row.ownExternalImports = ownBuild.externalImports;
    // The same with the locale JSON external too: how much of the kit's own code is texts.
    row.ownCodeWithoutTextsGzip = (await bundle(entryFile, KIT_DEPENDENCIES_AND_TEXTS)).gzip;
  }
  log(`size ${entryName}: ${total.gzip} B gzip (${Math.round(performance.now() - started)} ms)`);
  return row;
}

export async function runSizes() {
  const sizes = {
    kitCore: await measure('kit-core', { own: true }),
    kitAlert: await measure('kit-alert', { own: true }),
    kitToaster: await measure('kit-toaster', { own: true }),
    kitAll: await measure('kit-all', { own: true }),
    sonner: await measure('sonner'),
    reactHotToast: await measure('react-hot-toast'),
    radixToast: await measure('radix-toast'),
    antdAlert: await measure('antd-alert'),
    muiAlert: await measure('mui-alert'),
  };
  sizes.stylesCssGzip = gzipBytes(readFileSync(resolve(repoRoot, 'src/styles.css')));
  sizes.resources = [];
  for (const language of readdirSync(resolve(repoRoot, 'locales')).sort()) {
    for (const file of readdirSync(resolve(repoRoot, 'locales', language)).sort()) {
      const raw = readFileSync(resolve(repoRoot, 'locales', language, file));
      sizes.resources.push({ file: `locales/${language}/${file}`, rawBytes: raw.length, gzip: gzipBytes(raw) });
    }
  }
  return sizes;
}
