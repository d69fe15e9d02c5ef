export { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
