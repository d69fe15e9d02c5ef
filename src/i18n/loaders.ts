/// <reference types="vite/client" />
import type { VodResourceName } from './namespaces.js';

type Loader = () => Promise<unknown>;

// One dynamic import per file, so bundlers emit one chunk per language and resource and an app
// downloads only what its errors need. The glob is expanded at build time into plain
// `import('…/en-US/aliyun.json')` calls: a new file in `locales/` needs no line here.
const loaders: Readonly<Record<string, Loader>> = import.meta.glob('../../locales/*/*.json', { import: 'default' });

/** Where a built-in resource file sits, as the glob above names it. */
export function builtInResourcePath(language: string, name: VodResourceName): string {
  return `../../locales/${language}/${name}.json`;
}

/** Loads one built-in resource file; `undefined` for a language or file the kit does not ship. */
export async function loadBuiltInResource(language: string, name: VodResourceName): Promise<unknown> {
  const path = builtInResourcePath(language, name);
  const loader = Object.prototype.hasOwnProperty.call(loaders, path) ? loaders[path] : undefined;
  if (loader === undefined) return undefined;
  return loader();
}
