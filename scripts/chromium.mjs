// The one place that finds a browser, for the tests (through test/support/chromium.ts), the
// benchmarks and the screenshot script. Plain JavaScript so Node 20 can import it directly.
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (or $CHROMIUM_PATH). No browser download works on these machines, so a
 * missing browser is an error with the fix in it — never a skip.
 * @returns {string}
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found. Install it with `apt-get update && apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

/** Flags that keep Chromium from calling home on a machine with no outside network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
