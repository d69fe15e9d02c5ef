import { readFileSync } from 'node:fs';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import * as i18n from '../../src/i18n';
import * as root from '../../src/index';
import * as react from '../../src/react/index';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const firstStatement = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').trimStart().split('\n')[0];

describe('the public surface', () => {
  it.each([
    ['vod-error-kit', root],
    ['vod-error-kit/core', core],
    ['vod-error-kit/i18n', i18n],
    ['vod-error-kit/react', react],
  ] as const)('given %s, should export only names the README documents', (_entry, module) => {
    const undocumented = Object.keys(module).filter((name) => !new RegExp(`\\b${name}\\b`).test(readme));
    expect(undocumented).toEqual([]);
  });

  it('given the React entry, should keep internals out: no clipboard helper, no store class', () => {
    expect(Object.keys(react)).not.toContain('copyText');
    expect(Object.keys(react)).not.toContain('VodToastStore');
    expect(Object.keys(root)).not.toContain('copyText');
  });

  it('given package.json, should map each entry to its built file and declarations', () => {
    expect(packageJson.exports['./react']).toEqual({ types: './dist/types/react/index.d.ts', default: './dist/react.js' });
    expect(Object.keys(packageJson.exports)).toEqual(
      expect.arrayContaining(['.', './core', './i18n', './react', './styles.css', './package.json']),
    );
  });
});

describe('React Server Components', () => {
  it('given the client entries, should open with the use-client directive', () => {
    expect(firstStatement('src/index.ts')).toBe("'use client';");
    expect(firstStatement('src/react/index.ts')).toBe("'use client';");
  });

  it('given the framework-free entries, should not be client modules', () => {
    for (const path of ['src/core/index.ts', 'src/i18n/index.ts']) {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')).not.toMatch(/^\s*['"]use client['"];?\s*$/m);
    }
  });

  it('given the React entry bundled as a library, should keep the directive at the top of the built file', async () => {
    const bundle = await rolldown({
      input: 'src/react/index.ts',
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^@radix-ui\//],
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'esm' });
    await bundle.close();
    expect(output[0].code.trimStart()).toMatch(/^['"]use client['"];/);
  });
});
