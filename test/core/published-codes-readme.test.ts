import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vodErrorCatalog } from '../../src/core';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### The catalog'), readme.indexOf('### Direct uploads to storage'));
// Rows of the catalog table: | `tencent` | 316 | … |
const rows = new Map([...section.matchAll(/^\| `(\w+)` \| (\d+) \|/gm)].map((match) => [match[1] ?? '', Number(match[2])]));

describe('the README says how many codes the catalog holds', () => {
  it('lists every table of vodErrorCatalog, and nothing else', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(vodErrorCatalog).sort());
  });

  it.each(Object.entries(vodErrorCatalog).map(([name, table]) => [name, Object.keys(table).length] as const))('%s: %i codes', (name, count) => {
    expect(rows.get(name)).toBe(count);
  });

  it('counts the Live codes it says are marked', () => {
    const live = Object.values(vodErrorCatalog.tencent).filter((entry) => typeof entry !== 'string' && entry[1].product === 'live');
    expect(section).toContain(`${live.length} Live (CSS) codes`);
  });
});
