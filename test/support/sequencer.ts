import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that start first, longest chain first: the sandbox builds Storybook and then drives
 * Chromium (about a minute on its own), so started late it is the last file to finish. Vitest's
 * own order puts every jsdom file before any node file on a fresh clone (no timings cached yet).
 */
const START_FIRST = ['test/sandbox/sandbox.test.ts', 'test/relay/express-chromium.test.ts', 'test/fuzz/normalize.fuzz.test.ts'];

function rank(spec: TestSpecification): number {
  const index = START_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
  return index === -1 ? START_FIRST.length : index;
}

/** Vitest's order (slowest first once timings are cached), with the long chains moved up front. */
export class LongChainsFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array#sort is stable: everything else keeps vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
