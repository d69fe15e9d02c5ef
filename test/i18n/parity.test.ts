import { describe, expect, it } from 'vitest';
import { vodErrorCategories } from '../../src/core/categories';
import { vodErrorCatalog } from '../../src/core/catalog/all';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { vodFormatDefinitions } from '../../src/core/providers/registry';
import type { VodFormatDefinition } from '../../src/core/providers/types';
import { vodResourceNames, type VodResourceName } from '../../src/i18n/namespaces';

type Tree = { readonly [key: string]: Tree | string };
type Leaf = readonly [path: string, text: string];

const LANGUAGES = ['en-US', 'zh-CN'] as const;
const FIELDS = ['title', 'description', 'remediation', 'developerDetail'] as const;

function resource(language: string, name: VodResourceName): Tree {
  const tree = vodErrorResources[language]?.[name];
  if (typeof tree !== 'object' || tree === null) throw new Error(`no ${language}/${name}.json`);
  return tree as Tree;
}

function leaves(tree: Tree, prefix = ''): Leaf[] {
  return Object.entries(tree).flatMap(([key, value]): Leaf[] => {
    const path = prefix === '' ? key : `${prefix} > ${key}`;
    return typeof value === 'string' ? [[path, value]] : leaves(value, path);
  });
}

function entry(language: string, name: VodResourceName, ...path: string[]): unknown {
  let node: unknown = resource(language, name);
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Tree)[key] : undefined;
  return node;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1]).sort();

// Han ideographs plus CJK and full-width punctuation (，。（）：).
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Every leaf of every file of a language, as `[file, path, text]`. */
const allLeaves = (language: string) =>
  vodResourceNames.flatMap((name) => leaves(resource(language, name)).map(([path, text]) => [name, path, text] as const));

describe('en-US and zh-CN resources have the same shape', () => {
  it.each(vodResourceNames)('%s.json has the same keys in both languages', (name) => {
    const keysOf = (language: string) => leaves(resource(language, name)).map(([path]) => path).sort();
    expect(keysOf('zh-CN')).toEqual(keysOf('en-US'));
  });

  it.each(LANGUAGES)('no %s text is empty or only whitespace', (language) => {
    const empty = allLeaves(language).filter(([, , text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(vodResourceNames)('%s.json uses the same {{placeholders}} in both languages, key by key', (name) => {
    const chinese = new Map(leaves(resource('zh-CN', name)));
    const mismatches = leaves(resource('en-US', name))
      .filter(([path, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(chinese.get(path) ?? '')))
      .map(([path]) => path);
    expect(mismatches).toEqual([]);
  });

  it('en-US texts contain no Chinese characters or full-width punctuation', () => {
    const withCjk = allLeaves('en-US').filter(([, , text]) => CJK.test(text));
    expect(withCjk).toEqual([]);
  });

  it('every zh-CN title and remediation is written in Chinese', () => {
    const notChinese = allLeaves('zh-CN').filter(([, path, text]) => /(?:^| > )(?:title|remediation)$/.test(path) && !HAN.test(text));
    expect(notChinese).toEqual([]);
  });
});

describe('every catalog code has its texts in both languages', () => {
  // Which resource file explains each code, by the registry's rule for its format; nested codes
  // (Tencent's video-cloud codes) by the format's sub-code resource; HTTP statuses in common.json.
  const formats: readonly VodFormatDefinition[] = vodFormatDefinitions;
  const placed = [
    ...formats.flatMap((format) => [
      ...Object.keys(format.catalog).map((code) => ({ provider: format.provider, code, name: format.resourceFor(code) as VodResourceName, prefix: [] as string[] })),
      ...(format.subCodes === undefined
        ? []
        : Object.keys(format.subCodes.catalog).map((code) => ({ provider: format.provider, code, name: format.subCodes!.resource as VodResourceName, prefix: [] as string[] }))),
    ]),
    ...Object.keys(vodErrorCatalog.http).map((code) => ({ provider: 'http', code, name: 'common' as VodResourceName, prefix: ['http'] })),
  ];
  const formatOfProvider = (provider: string) => formats.find((format) => format.provider === provider);

  /** A field of a code's entry, or, for a dotted code that leaves it out, its parent's. */
  function fieldText(language: string, provider: string, name: VodResourceName, prefix: readonly string[], code: string, field: string): unknown {
    const own = entry(language, name, ...prefix, code, field);
    if (own !== undefined || (field !== 'description' && field !== 'remediation')) return own;
    const dot = code.lastIndexOf('.');
    const format = formatOfProvider(provider);
    if (dot <= 0 || format === undefined) return undefined;
    const parent = code.slice(0, dot);
    return fieldText(language, provider, format.resourceFor(parent) as VodResourceName, prefix, parent, field);
  }

  const cases = LANGUAGES.flatMap((language) =>
    [...new Set(placed.map(({ name }) => name))].map((name) => ({ name, language, codes: placed.filter((code) => code.name === name) })),
  );

  it.each(cases)('codes explained by $language/$name.json have all four texts (a dotted code may take description and remediation from its parent)', ({ name, language, codes }) => {
    expect(codes.length).toBeGreaterThan(0);
    const incomplete = codes.flatMap(({ provider, code, prefix }) =>
      FIELDS.filter((field) => {
        const text = fieldText(language, provider, name, prefix, code, field);
        return typeof text !== 'string' || text.trim() === '';
      }).map((field) => `${code}.${field}`),
    );
    expect(incomplete).toEqual([]);
  });

  it.each(LANGUAGES)('%s/common.json explains every category and the generic case', (language) => {
    const missing = [...vodErrorCategories.map((category) => ['category', category]), ['generic']].flatMap((path) =>
      FIELDS.filter((field) => typeof entry(language, 'common', ...path, field) !== 'string').map((field) => `${path.join('.')}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(vodResourceNames.filter((name) => name !== 'common'))('%s.json explains no code the catalog does not place in it', (name) => {
    const known = new Set(placed.filter((code) => code.name === name).map(({ code }) => code));
    expect(Object.keys(resource('en-US', name)).filter((code) => !known.has(code))).toEqual([]);
  });
});

describe('zh-CN texts contain no English prose', () => {
  /**
   * English the Chinese texts may keep, because a developer types or searches for it as it is.
   * Anything else in Latin letters is an untranslated leftover.
   */
  const acronyms = [
    'API', 'CAM', 'CDN', 'CNAME', 'CORS', 'COS', 'DNS', 'GET', 'HLS', 'HTML', 'HTTP', 'HTTPS', 'IAM', 'ID', 'IP',
    'ISO', 'JSON', 'M3U8', 'MFA', 'MP4', 'NTP', 'OBS', 'PEM', 'POST', 'QPS', 'RAM', 'RPC', 'RTMP', 'SDK', 'SSL',
    'STS', 'TLS', 'URL', 'UTC', 'UUID', 'VOD', 'AK', 'SK', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT',
  ];
  /** Identifiers the brief names; most also pass as camelCase, listed so the intent is on record. */
  const identifiers = ['RequestId', 'HostId', 'TraceId', 'SubAppId', 'VideoId', 'FileId', 'AccessKey', 'SecretId', 'Referer'];
  const productNames = ['Mac', 'VOD Administrator'];
  /** Request parameters, headers, body fields and literals that happen to be plain English words. */
  const fieldNames = [
    'Accept', 'Action', 'Authorization', 'Code', 'Credential', 'Definition', 'Description', 'Format', 'Formats',
    'Limit', 'Message', 'Nonce', 'Signature', 'Status', 'Tags', 'Timestamp', 'Title', 'Token', 'Version',
    'boundary', 'message', 'false', 'online', 'vod',
  ];
  /** Messages quoted verbatim from browsers and runtimes, so developers can search for them. */
  const quotedMessages = ['TypeError: Failed to fetch'];

  // Every segment of every catalog code (`InternalError`, `Forbidden`, `Suspended` …).
  const codeWords = new Set(Object.values(vodErrorCatalog).flatMap((table) => Object.keys(table).flatMap((code) => code.split('.'))));
  const allowedWords = new Set([...acronyms, ...identifiers, ...fieldNames, ...codeWords]);
  const allowedPhrases = [...quotedMessages, ...productNames, 'AccessKey Secret'];

  /**
   * Literal technical tokens rather than words: identifiers with inner capitals (`SubAppId`,
   * `resumeUploadWithAuth`), snake_case, dotted or slashed paths and hosts, `key=value`, header
   * names (`X-TC-Token`), versions and anything with a digit (`4xx`, `UTF-8`).
   */
  function isTechnicalToken(token: string): boolean {
    if (/[0-9_.:/*=+()]/.test(token)) return true;
    if (/^[a-z]+[A-Z]\w*$/.test(token) || /^[A-Z][a-z0-9]+[A-Z]\w*$/.test(token)) return true;
    if (token.includes('-')) return token.split('-').every((part) => /^[A-Z]/.test(part));
    return false;
  }

  function englishLeftovers(text: string): string[] {
    let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
    for (const phrase of allowedPhrases) rest = rest.split(phrase).join(' ');
    const tokens = rest.match(/[A-Za-z0-9_.:/*=+()-]*[A-Za-z][A-Za-z0-9_.:/*=+()-]*/g) ?? [];
    return tokens
      .map((token) => token.replace(/^[.:(-]+|[.:)-]+$/g, ''))
      .filter((token) => token !== '' && !allowedWords.has(token) && !isTechnicalToken(token));
  }

  it('the check itself catches English prose and lets technical terms through', () => {
    expect(englishLeftovers('请稍后 retry，或联系 support team。')).toEqual(['retry', 'support', 'team']);
    expect(englishLeftovers('请检查 SubAppId、X-TC-Token 与 RAM 策略（{{code}}），参见 vod.tencentcloudapi.com。')).toEqual([]);
  });

  it.each(vodResourceNames)('zh-CN/%s.json has no English words outside the allow-list', (name) => {
    const leftovers = leaves(resource('zh-CN', name))
      .map(([path, text]) => [path, englishLeftovers(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(leftovers).toEqual([]);
  });
});
