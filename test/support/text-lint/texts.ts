import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages the kit ships; a rule that compares languages compares these two. */
export const lintLanguages = ['en-US', 'zh-CN'] as const;
export type LintLanguage = (typeof lintLanguages)[number];

/**
 * What a string is, which decides who reads it:
 * - `error`: a field of an error entry (`title`, `description`, `remediation`, `developerDetail`);
 * - `label`: a word for a value (`provider`, `severity`, `categoryLabel` …) or a field name;
 * - `ui`: a button, heading or message of the components (`ui`, `link`);
 * - `detail`: a developer-only template (`detail.dualCode`).
 */
export type TextKind = 'error' | 'label' | 'ui' | 'detail';

/** One string of a locale file, with where it lives. */
export interface LintText {
  readonly language: string;
  /** The resource name: `tencent` for `locales/<lang>/tencent.json`. */
  readonly file: string;
  /** The entry's key path: the provider code, or `category > auth`, `ui > copy` in common.json. */
  readonly code: string;
  /** The field within an error entry (`remediation`), or the leaf key for other kinds. */
  readonly field: string;
  readonly text: string;
  readonly kind: TextKind;
}

type Tree = { readonly [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

// In common.json, which top-level sections hold labels and which UI strings; the rest are error entries.
const LABEL_SECTIONS = new Set(['provider', 'severity', 'field', 'categoryLabel', 'retryableLabel', 'faultLabel']);
const UI_SECTIONS = new Set(['ui', 'link']);
const DETAIL_SECTIONS = new Set(['detail']);

/** Flattens one parsed locale file into its strings. */
export function textsOfResource(language: string, file: string, tree: unknown): LintText[] {
  const texts: LintText[] = [];
  const walk = (node: unknown, path: readonly string[]) => {
    if (!isTree(node)) return;
    // An object with a title is an error entry, whatever its depth.
    if (typeof node.title === 'string') {
      for (const [field, text] of Object.entries(node)) {
        if (typeof text === 'string') texts.push({ language, file, code: path.join(' > '), field, text, kind: 'error' });
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        const section = path[0] ?? key;
        const kind: TextKind = LABEL_SECTIONS.has(section) ? 'label' : UI_SECTIONS.has(section) ? 'ui' : DETAIL_SECTIONS.has(section) ? 'detail' : 'ui';
        texts.push({ language, file, code: [...path, key].join(' > '), field: kind === 'detail' ? 'developerDetail' : kind, text: value, kind });
      } else walk(value, [...path, key]);
    }
  };
  walk(tree, []);
  return texts;
}

/** Every string of every `locales/<lang>/<name>.json` under `localesDir`. */
export function loadLocaleTexts(localesDir: string): LintText[] {
  const texts: LintText[] = [];
  for (const language of readdirSync(localesDir).sort()) {
    const dir = join(localesDir, language);
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const tree: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      texts.push(...textsOfResource(language, name.slice(0, -'.json'.length), tree));
    }
  }
  return texts;
}

/** Fields the uploader reads. Context variants (`description_parameter`) count as their base field. */
export function baseField(field: string): string {
  const underscore = field.indexOf('_');
  return underscore > 0 ? field.slice(0, underscore) : field;
}

/** Whether the person using the app reads this string (everything but developer details). */
export function isForUploader(text: LintText): boolean {
  return text.kind !== 'detail' && baseField(text.field) !== 'developerDetail';
}

/** Direct-upload storage resources: the browser signs these requests itself. */
export function isStorageResource(file: string): boolean {
  return /-(?:oss|cos|obs)$/.test(file);
}
