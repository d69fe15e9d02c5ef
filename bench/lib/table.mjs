// One markdown table from results.json: the kit's figure, the peer's, the ratio, the target.
import { kb } from './common.mjs';

const ms = (value) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const ops = (value) => `${Math.round(value).toLocaleString('en-US')}/s`;
const ratio = (value) => (value < 0.01 ? `${value.toFixed(4)}×` : `${value.toFixed(2)}×`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const status = (met) => (met === undefined ? '' : met ? 'met' : '**missed**');

export function renderTable(results) {
  const rows = [];
  const row = (area, measure, kit, peer = '', peerFigure = '', rate = '', target = '', met) =>
    rows.push([area, measure, kit, peer, peerFigure, rate, target, status(met)]);
  const { sizes } = results;

  // Bundle size
  const SIZE = 'Size';
  const core = sizes.kitCore;
  row(SIZE, 'core entry `vod-error-kit/core` (all exports)', kb(core.gzip), '', '', '', '≤ 6 KB', core.gzip <= 6 * 1024);
  const forbiddenBytes = core.forbidden.reduce((t, m) => t + m.renderedBytes, 0);
  const forbiddenImports = core.externalImports.filter((id) => /^(react|react-dom|i18next)/.test(id));
  row(
    SIZE,
    `core: React/i18next in its module list (${core.moduleCount} modules)`,
    `${forbiddenBytes} B${forbiddenImports.length ? `, imports ${forbiddenImports.join(', ')}` : ''}`,
    '', '', '', '0 B', forbiddenBytes === 0 && forbiddenImports.length === 0,
  );
  const alert = sizes.kitAlert;
  const alertTotal = alert.gzip + sizes.stylesCssGzip;
  const alertFigure = `${kb(alertTotal)} (JS ${kb(alert.gzip)} + CSS ${kb(sizes.stylesCssGzip)})`;
  row(SIZE, '`VodErrorAlert` alone, initial JS + styles.css', alertFigure, 'antd `Alert`', kb(sizes.antdAlert.gzip),
    ratio(alertTotal / sizes.antdAlert.gzip), '≤ 0.8×', alertTotal <= 0.8 * sizes.antdAlert.gzip);
  row(SIZE, '`VodErrorAlert` alone, initial JS + styles.css', alertFigure, 'MUI `Alert`', kb(sizes.muiAlert.gzip),
    ratio(alertTotal / sizes.muiAlert.gzip));
  const alertOwn = alert.ownGzip + sizes.stylesCssGzip;
  row(SIZE, '`VodErrorAlert` in an app that already ships i18next (peer dependency): own JS + CSS', kb(alertOwn), 'antd `Alert`', kb(sizes.antdAlert.gzip),
    ratio(alertOwn / sizes.antdAlert.gzip), '≤ 0.8×', alertOwn <= 0.8 * sizes.antdAlert.gzip);
  row(SIZE, '`VodErrorAlert`: Details dialog, lazy chunk', kb(alert.lazyGzip), '', '', '', 'reported');
  const toaster = sizes.kitToaster;
  const toasterTotal = toaster.gzip + sizes.stylesCssGzip;
  for (const [name, peer] of [['sonner `toast` + `Toaster`', sizes.sonner], ['react-hot-toast `toast` + `Toaster`', sizes.reactHotToast], ['@radix-ui/react-toast, all parts', sizes.radixToast]]) {
    row(SIZE, '`VodErrorToaster` + `toastVodError`, initial JS + styles.css', kb(toasterTotal), name, kb(peer.gzip), ratio(toasterTotal / peer.gzip), 'reported');
  }
  const all = sizes.kitAll;
  row(SIZE, 'all surfaces `vod-error-kit`, initial JS', kb(all.gzip), '', '', '', 'reported');
  row(SIZE, 'all surfaces: kit\'s own code beyond i18next + Radix', kb(all.ownGzip), '', '', '', '≤ 10 KB', all.ownGzip <= 10 * 1024);
  row(SIZE, 'all surfaces: of that, bundled locale JSON', kb(all.ownGzip - all.ownCodeWithoutTextsGzip), '', '', '', 'reported');
  for (const resource of sizes.resources) {
    row(SIZE, `\`${resource.file}\` (raw JSON)`, kb(resource.gzip), '', '', '', '≤ 8 KB', resource.gzip <= 8 * 1024);
  }

  // Normalization speed
  const SPEED = 'Normalize (Node)';
  const speed = results.normalize;
  for (const entry of speed.parsed) {
    row(SPEED, `parsed body: ${entry.name}`, ops(entry.opsPerSecond), '', '', '', '≥ 1,000,000/s', entry.opsPerSecond >= 1e6);
  }
  for (const entry of speed.strings) {
    row(SPEED, `string body (${entry.bodyBytes} B): ${entry.name}`, `${Math.round(entry.normalizeNs)} ns`, 'bare `JSON.parse`',
      `${Math.round(entry.jsonParseNs)} ns`, ratio(entry.ratio), '≤ 2×', entry.ratio <= 2);
  }
  const worst = speed.hostile.reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
  row(SPEED, `hostile 1 MB inputs (${speed.hostile.length} kinds), worst: ${worst.name}`, `${worst.maxMs.toFixed(1)} ms max`, '', '', '', '< 50 ms', worst.maxMs < 50);

  // Browser
  const browser = results.browser;
  if (browser.error) {
    row('Browser', 'toast storm and render cost', `not run: ${browser.error}`);
  } else {
    const STORM = 'Toast storm (Chromium)';
    const { storm } = browser;
    const kit = storm.kit;
    const sonner = storm.sonner;
    const sonnerSettle = sonner.settled ? ms(sonner.settleMs) : `> ${ms(sonner.settleMs)} (still busy)`;
    const settleRatio = kit.settleMs / sonner.settleMs;
    row(STORM, `${storm.size} calls, ${storm.distinctCodes} codes: calls → UI settled`, ms(kit.settleMs), 'sonner', sonnerSettle,
      sonner.settled ? ratio(settleRatio) : `< ${ratio(settleRatio)}`, '≤ 0.5×', settleRatio <= 0.5);
    row(STORM, `${storm.size} calls: main-thread CPU, calls → settled`, ms(kit.mainThreadMs), 'sonner',
      sonner.settled ? ms(sonner.mainThreadMs) : `> ${ms(sonner.settleMs)}`, '', 'reported');
    row(STORM, `${storm.size} calls: toast nodes in the DOM`, String(kit.domToasts), 'sonner', sonner.settled ? String(sonner.domToasts) : 'n/a (page blocked)',
      '', `≤ ${storm.visibleToasts} (visible max)`, kit.domToasts <= storm.visibleToasts);
    row(STORM, `${storm.size} calls: heap after dismissing all − baseline`, mb(kit.heapDeltaMaxBytes), 'sonner',
      sonner.settled ? mb(sonner.heapDeltaMaxBytes) : 'n/a (page blocked)', '', '≤ 1 MB', kit.heapDeltaMaxBytes <= 1024 * 1024);
    const small = storm.small;
    row(STORM, `${small.size} calls: calls → UI settled`, ms(small.kit.settleMs), 'sonner', small.sonner.settled ? ms(small.sonner.settleMs) : `> ${ms(small.sonner.settleMs)}`,
      ratio(small.kit.settleMs / small.sonner.settleMs), '≤ 0.5×', small.kit.settleMs <= 0.5 * small.sonner.settleMs);
    if (small.sonner.settled) {
      row(STORM, `${small.size} calls: toast nodes in the DOM`, String(small.kit.domToasts), 'sonner', String(small.sonner.domToasts), '', `≤ ${storm.visibleToasts}`, small.kit.domToasts <= storm.visibleToasts);
      row(STORM, `${small.size} calls: heap after dismissing all − baseline`, mb(small.kit.heapDeltaMaxBytes), 'sonner', mb(small.sonner.heapDeltaMaxBytes), '', '≤ 1 MB', small.kit.heapDeltaMaxBytes <= 1024 * 1024);
    }
    const RENDER = 'Render (Chromium)';
    const { render } = browser;
    const mine = render.results['vod-error-kit'];
    const cell = (r) => `${ms(r.cpuMs)} CPU (${ms(r.layoutMs)} wall)`;
    for (const [peer, label] of [
      ['antd', 'antd `Alert`, same texts + Copy/Details buttons'],
      ['mui', 'MUI `Alert`, same texts + Copy/Details buttons'],
      ['antd-minimal', 'antd `Alert`, minimal (title, one line, Details)'],
      ['mui-minimal', 'MUI `Alert`, minimal (title, one line, Details)'],
    ]) {
      const theirs = render.results[peer];
      row(RENDER, `mount ${render.count} alerts: render + commit + style + layout, main-thread CPU, median of ${render.rounds}`, cell(mine), label, cell(theirs),
        ratio(mine.cpuMs / theirs.cpuMs), '≤ 1.0×', mine.cpuMs <= theirs.cpuMs);
    }
  }

  const header = ['Area', 'Measure', 'vod-error-kit', 'Peer', 'Peer figure', 'Ratio (kit ÷ peer)', 'Target', 'Status'];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const env = results.environment;
  const met = rows.filter((r) => r[7] === 'met').length;
  const missed = rows.filter((r) => r[7] === '**missed**').length;
  return [
    ...lines,
    '',
    `Sizes: minified ES output of vite 8 (rolldown) in library mode, production \`NODE_ENV\`, React external, each file gzip -9; ` +
      `i18next and Radix are counted. Normalize: Node ${env.node}, median of 7 rounds after warm-up, core bundled from src. ` +
      `Browser: Chromium ${env.chromium ?? 'n/a'} headless, React 19 production builds by vite, CPU = main-thread thread time (CDP); ` +
      `storm medians of 5 runs (sonner ×1000: one run, cut off), toasts last 60 s in both libraries. ` +
      `${env.cpus} CPUs, 1-min load average during the run: ${env.loadAverage1m.join(' → ')}. Targets: ${met} met, ${missed} missed. Wall time ${results.wallSeconds} s.`,
  ].join('\n');
}
