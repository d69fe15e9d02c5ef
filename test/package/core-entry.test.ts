import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';

// The `./core` entry promises: usable in Node, workers and servers, with no React, no i18next
// and no DOM. Bundle it with every dependency inlined and look at what came along.
describe('the core entry', () => {
  it('bundles without React, react-dom, Radix or i18next, and touches no DOM global', async () => {
    const bundle = await rolldown({ input: 'src/core/index.ts', logLevel: 'silent' });
    // Minified so comments and JSDoc examples do not count, only code.
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    await bundle.close();
    const chunk = output[0];
    const modules = chunk.moduleIds.filter((id) => !id.startsWith('\u0000'));
    expect(modules.length).toBeGreaterThan(5);
    expect(modules.filter((id) => /node_modules|[\\/](react|i18n)[\\/]/.test(id))).toEqual([]);
    expect(chunk.code).not.toMatch(/\b(?:window|document|navigator|localStorage)\./);
    expect(chunk.code).not.toMatch(/from ['"](?:react|react-dom|i18next)/);
  });
});
