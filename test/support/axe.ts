import axe from 'axe-core';

/** Lists violations one per line, with the offending nodes, so a failure says what to fix. */
function describeViolations(violations: readonly axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n');
      return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs every axe rule on `context` and returns the violations, described. Two runs must not
 * overlap (axe refuses), so scans are serialized.
 */
let queue: Promise<unknown> = Promise.resolve();
export function axeViolations(context: axe.ElementContext): Promise<{ count: number; report: string }> {
  const run = queue.then(async () => {
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return { count: results.violations.length, report: describeViolations(results.violations) };
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Asserts zero axe violations, printing them when there are some. */
export async function expectNoAxeViolations(context: axe.ElementContext): Promise<void> {
  const { count, report } = await axeViolations(context);
  expect(count, `axe found violations:\n${report}`).toBe(0);
}
