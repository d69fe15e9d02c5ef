import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

// `expression; // 'literal'` → a check that the expression equals the literal.
const CHECKED_LINE = /^(\s*)([^/\n]+?);\s*\/\/\s*('[^']*'|true|false|-?\d+)\s*$/;

// The README's core examples that state their results must run as written and give them.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const coreExamples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((match) => match[1] as string)
  // Self-contained examples: every import is from the core (SDK examples need credentials).
  .filter((code) => {
    const imports = code.match(/^import .*$/gm) ?? [];
    const selfContained = imports.length > 0 && imports.every((line) => line.includes("from 'vod-error-kit/core'"));
    return selfContained && code.split('\n').some((line) => CHECKED_LINE.test(line));
  });

describe('README', () => {
  it('has a runnable example of the core', () => {
    expect(coreExamples.length).toBeGreaterThan(0);
  });

  it.each(coreExamples.map((code, index) => [index, code] as const))('core example %i runs and matches its comments', (_index, code) => {
    const checks: Array<{ expression: string; actual: unknown; expected: unknown }> = [];
    const body = code
      .replace(/^import .*$/gm, '')
      .split('\n')
      .map((line) => {
        const match = CHECKED_LINE.exec(line);
        return match ? `${match[1]}__check(${JSON.stringify(match[2])}, ${match[2]}, ${match[3]});` : line;
      })
      .join('\n');
    const run = new Function('core', '__check', `const { ${Object.keys(core).join(', ')} } = core;\n${body}`);
    run(core, (expression: string, actual: unknown, expected: unknown) => checks.push({ expression, actual, expected }));
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) expect({ [check.expression]: check.actual }).toEqual({ [check.expression]: check.expected });
  });
});
