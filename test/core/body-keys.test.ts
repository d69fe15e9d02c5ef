import { describe, expect, it } from 'vitest';
import { bodyFormats } from '../../src/core/providers/registry';

// The walker calls a format's reader only when the body has one of its `bodyKeys` (issue 12):
// a format that forgot them would be tried on every body, and one whose keys miss a shape its
// reader knows would never see that shape (the fixture tests of each format catch the latter).
describe('the registry body formats', () => {
  it.each(bodyFormats.map((format) => [format.id, format] as const))('%s declares the keys its bodies have', (_id, format) => {
    expect(format.bodyKeys?.length ?? 0).toBeGreaterThan(0);
  });
});
