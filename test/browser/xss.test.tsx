// Every field a provider controls, filled with script-injection payloads, rendered through every
// surface of the kit in real Chromium: no script runs, no foreign element appears, no unsafe
// link is offered. The figures are counted and asserted, not assumed.
import { act, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vodErrorResources } from '../../src/i18n/all-resources';
import { dismissVodToast, toastVodError, VodErrorAlert, VodErrorDialog, VodErrorProvider, VodErrorToaster } from '../../src/react/index';

declare global {
  interface Window {
    __xss: number;
  }
}

/** Runs if a payload ever becomes code: every payload below calls it in some way. */
const RUN = 'window.__xss++';

const PAYLOADS: readonly string[] = [
  // Script tags and event handlers, plain, mixed-case, broken and nested.
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT><ScRiPt>${RUN}</sCrIpT>`,
  `<img src=x onerror="${RUN}">`,
  `<IMG SRC=x OnErRoR=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg/onload=${RUN}><svg><script>${RUN}</script></svg>`,
  `<body onload=${RUN}><x onclick=${RUN}>click me</x>`,
  `<details open ontoggle=${RUN}><audio src=x onerror=${RUN}><video><source onerror=${RUN}></video>`,
  `<input autofocus onfocus=${RUN}><select autofocus onfocus=${RUN}>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">go</button></form>`,
  `<base href="javascript:${RUN}//"><link rel=stylesheet href="javascript:${RUN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<img src=x onerror=${RUN}`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg onload=${RUN}>`,
  `</code><img src=x onerror=${RUN}>`,
  `</pre></dd></dl></div><script>${RUN}</script>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<template><script>${RUN}</script></template><xmp><script>${RUN}</script></xmp>`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<Code>INJECTED</Code><Message><img src=x onerror=${RUN}></Message>`,
  // URLs with script schemes, for the Recommend link and every other field.
  `<a href="javascript:${RUN}">details</a>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MrKzwvc2NyaXB0Pg==',
  'vbscript:msgbox(window.__xss++)',
  `https://api.aliyun.com/"><img src=x onerror=${RUN}>`,
  'https://api.aliyun.com.evil.example/troubleshoot',
  'https://evil.example/?q=aliyun.com',
  'https://api.aliyun.com@evil.example/',
  'https://evil.example\\@api.aliyun.com/',
  '//evil.example/aliyun.com',
  `https://api.aliyun.com/troubleshoot?q=<svg/onload=${RUN}>`,
  'http://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound',
  // Entity and encoding tricks.
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#x3C;img src=x onerror=${RUN}&#x3E;`,
  `&#60;script&#62;${RUN}&#60;/script&#62;`,
  `%3Cscript%3E${RUN}%3C%2Fscript%3E`,
  `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  // CSS.
  `<style>*{background:url("javascript:${RUN}")}</style>`,
  `<div style="background:url(javascript:${RUN}); width: expression(${RUN})">x</div>`,
  // Template and i18next syntax.
  `{{constructor.constructor('${RUN}')()}}`,
  '{{code}}{{subCode}}{{parameter}}{{status}}',
  '$t(vod-error-kit/common:generic>title)',
  `$t(x, {"interpolation":{"escapeValue":false}})<img src=x onerror=${RUN}>`,
  `\${${RUN}}`,
  // Bidi overrides, zero-width characters.
  `\u202e<img src=x onerror=${RUN}>\u202c`,
  '\u202egpj.exe',
  `<\u200bscript>${RUN}</script>`,
  `zero\u200bwidth\u200d\ufeff<svg onload=${RUN}>`,
  // Very long.
  `<img src=x onerror=${RUN}>`.repeat(400),
  `${'A'.repeat(100_000)}<script>${RUN}</script>`,
];

/** One field a provider controls, for one wire format: builds the caught value around a payload. */
type Injector = readonly [name: string, build: (payload: string) => unknown];

const UUID = '8906582E-6722-409A-A6C4-0E7863B733A5';
const aliyun = (fields: Record<string, unknown>) => ({ RequestId: UUID, HostId: 'vod.cn-shanghai.aliyuncs.com', Code: 'InvalidVideo.NotFound', Message: 'The video does not exist.', Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=Vod', ...fields });
const tencent = (error: Record<string, unknown>, requestId = 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6') => ({ Response: { Error: { Code: 'ResourceNotFound.FileNotExist', Message: 'file not exist', ...error }, RequestId: requestId } });

const INJECTORS: readonly Injector[] = [
  ['Alibaba Code', (payload) => aliyun({ Code: payload })],
  ['Alibaba Message', (payload) => aliyun({ Message: payload })],
  ['Alibaba RequestId', (payload) => aliyun({ RequestId: payload })],
  ['Alibaba HostId', (payload) => aliyun({ HostId: payload })],
  ['Alibaba Recommend URL', (payload) => aliyun({ Recommend: payload })],
  ['Alibaba parameter name in the message', (payload) => aliyun({ Code: 'InvalidParameter', Message: `The input parameter "${payload}" that is mandatory for processing this request is not supplied.` })],
  ['Alibaba XML body', (payload) => `<Error><RequestId>${payload}</RequestId><HostId>${payload}</HostId><Code>${payload}</Code><Message>${payload}</Message><Recommend>${payload}</Recommend></Error>`],
  ['Tencent 3.0 Code', (payload) => tencent({ Code: payload })],
  ['Tencent 3.0 Message', (payload) => tencent({ Message: payload })],
  ['Tencent 3.0 RequestId', (payload) => tencent({}, payload)],
  ['Tencent parameter name in the code', (payload) => tencent({ Code: `InvalidParameterValue.${payload}`, Message: `Invalid ${payload}` })],
  ['Tencent X-TC-TraceId header', (payload) => ({ status: 200, headers: { 'X-TC-TraceId': payload, 'X-TC-RequestId': payload }, data: tencent({}) })],
  ['Tencent SDK exception', (payload) => Object.assign(new Error(payload), { code: payload, requestId: payload, traceId: payload })],
  ['Tencent 2.0 message', (payload) => ({ code: 4000, message: payload, codeDesc: payload })],
  ['Tencent dual-code message', (payload) => ({ code: 5100, message: `20108:${payload}`, codeDesc: 'InternalError' })],
  ['Tencent live ret/errmsg', (payload) => ({ ret: 20601, retcode: 20601, errmsg: `(10008)${payload}`, message: payload })],
  ['Huawei error_code', (payload) => ({ error_code: payload, error_msg: 'Media asset does not exist.' })],
  ['Huawei error_msg', (payload) => ({ error_code: 'VOD.10062', error_msg: payload })],
  ['Huawei request_id', (payload) => ({ error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information', request_id: payload })],
  ['Huawei X-Request-Id header', (payload) => ({ status: 404, headers: { 'X-Request-Id': payload }, body: { error_code: 'VOD.10062', error_msg: 'not found' } })],
  ['Huawei nested error', (payload) => ({ error: { code: payload, message: payload, request_id: payload } })],
  ['Huawei SDK exception', (payload) => Object.assign(new Error(payload), { name: 'ClientRequestException', httpStatusCode: 403, errorCode: payload, errorMsg: payload, requestId: payload })],
  ['HTML gateway page title', (payload) => `<html><head><title>502 ${payload}</title></head><body><h1>${payload}</h1></body></html>`],
];

const SURFACES = ['VodErrorAlert', 'open VodErrorDialog', 'toast'] as const;
const PROVIDER_DOMAINS = ['aliyun.com', 'alibabacloud.com', 'tencent.com', 'tencentcloud.com', 'huaweicloud.com'];
// Attributes that load or run something; the kit sets none of them on server-controlled values.
const ACTIVE_ATTRIBUTES = new Set(['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'ping', 'content']);

interface Figures {
  combinations: number;
  elementsChecked: number;
  linksChecked: number;
  foreignElements: string[];
  unsafeLinks: string[];
  activeAttributes: string[];
  createdForeign: string[];
}

const figures: Figures = { combinations: 0, elementsChecked: 0, linksChecked: 0, foreignElements: [], unsafeLinks: [], activeAttributes: [], createdForeign: [] };
let allowedTags = new Set<string>();
let observer: MutationObserver | undefined;

function surfaceRoots(): Record<(typeof SURFACES)[number], Element[]> {
  return {
    VodErrorAlert: [...document.querySelectorAll('[data-vod-alert]')],
    'open VodErrorDialog': [...document.querySelectorAll('[data-vod-dialog], [data-vod-dialog-overlay]')],
    toast: [...document.querySelectorAll('[data-vod-toaster]')],
  };
}

function elementsOf(roots: readonly Element[]): Element[] {
  return roots.flatMap((root) => [root, ...root.querySelectorAll('*')]);
}

function isSafeLink(href: string): boolean {
  try {
    const url = new URL(href);
    const host = url.hostname.toLowerCase();
    return url.protocol === 'https:' && url.username === '' && url.password === '' && PROVIDER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
  } catch {
    return false;
  }
}

/** Renders every injector's error for one payload as alerts and toasts, all at once. */
async function renderAlertsAndToasts(payload: string) {
  const inputs = INJECTORS.map(([, build]) => build(payload));
  const view = render(
    <VodErrorProvider lng="en-US" resources={vodErrorResources}>
      <main>
        {inputs.map((input, index) => (
          <VodErrorAlert key={`alert-${index}`} error={input} showDetails={false} />
        ))}
      </main>
      <VodErrorToaster visibleToasts={INJECTORS.length} />
    </VodErrorProvider>,
  );
  await act(async () => {
    for (const input of inputs) toastVodError(input, { coalesce: false, duration: Infinity });
  });
  return view;
}

/**
 * One open dialog, shown each injector's error in turn (a controlled dialog whose error
 * changes): mounting Radix's focus trap and scroll lock 1,600 times would take half a minute.
 */
function dialogShowing(input: unknown) {
  return (
    <VodErrorProvider lng="en-US" resources={vodErrorResources}>
      <VodErrorDialog error={input} open />
    </VodErrorProvider>
  );
}

const createdTags = new Set<string>();
let learning = true;

function noteCreatedElements(records: readonly MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      for (const element of [node, ...node.querySelectorAll('*')]) {
        if (learning) createdTags.add(element.localName);
        else if (!createdTags.has(element.localName)) figures.createdForeign.push(`<${element.localName}>`);
      }
    }
  }
}

beforeAll(async () => {
  window.__xss = 0;
  window.alert = () => {
    window.__xss++;
  };
  // Every element created anywhere in the page, even if removed again at once. While learning
  // (benign errors), its tags form the page-wide allow-list; afterwards anything else is foreign.
  observer = new MutationObserver(noteCreatedElements);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // The kit's own vocabulary of tags: whatever it renders for benign errors of every kind.
  const benign = await renderAlertsAndToasts('Benign-Value_1');
  const tags = new Set(elementsOf([...surfaceRoots().VodErrorAlert, ...surfaceRoots().toast]).map((element) => element.localName));
  benign.unmount();
  act(() => dismissVodToast());
  const dialog = render(dialogShowing(INJECTORS[0]?.[1]('Benign-Value_1')));
  for (const [, build] of INJECTORS) {
    dialog.rerender(dialogShowing(build('Benign-Value_1')));
    for (const element of elementsOf(surfaceRoots()['open VodErrorDialog'])) tags.add(element.localName);
  }
  dialog.unmount();
  allowedTags = tags;
  noteCreatedElements(observer.takeRecords());
  learning = false;
});

afterAll(() => {
  observer?.disconnect();
  console.log(
    `XSS figures: ${PAYLOADS.length} payloads × ${INJECTORS.length} fields × ${SURFACES.length} surfaces = ${figures.combinations} combinations; ` +
      `${figures.elementsChecked} elements and ${figures.linksChecked} links checked; scripts run: ${window.__xss}; ` +
      `foreign elements: ${figures.foreignElements.length + figures.createdForeign.length}; unsafe links: ${figures.unsafeLinks.length}; active attributes: ${figures.activeAttributes.length}`,
  );
});

/** Checks every element of a surface; returns how many. */
function inspectSurface(roots: readonly Element[], where: string): void {
  for (const element of elementsOf(roots)) {
    figures.elementsChecked++;
    if (!allowedTags.has(element.localName)) figures.foreignElements.push(`<${element.localName}> in ${where}`);
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('on') || ACTIVE_ATTRIBUTES.has(attribute)) figures.activeAttributes.push(`${attribute} on <${element.localName}> in ${where}`);
    }
    const style = element.getAttribute('style') ?? '';
    if (/url\(|expression\(|javascript:/i.test(style)) figures.activeAttributes.push(`style ${style} in ${where}`);
    if (element.hasAttribute('href')) {
      figures.linksChecked++;
      const href = element.getAttribute('href') ?? '';
      if (element.localName !== 'a' || !isSafeLink(href)) figures.unsafeLinks.push(`${href.slice(0, 80)} in ${where}`);
    }
  }
}

const label = (payload: string) => JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}…` : payload);

describe('script injection through every provider field and every surface (Chromium)', () => {
  it(`renders ${PAYLOADS.length} payloads in ${INJECTORS.length} provider fields through ${SURFACES.length} surfaces as inert text`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(allowedTags.size).toBeGreaterThan(5);
    const dialog = render(dialogShowing(null));
    for (const payload of PAYLOADS) {
      // Alerts and toasts: one per field, all at once.
      const view = await renderAlertsAndToasts(payload);
      const roots = surfaceRoots();
      expect(roots.VodErrorAlert, `alerts for ${label(payload)}`).toHaveLength(INJECTORS.length);
      expect(document.querySelectorAll('[data-vod-toast]'), `toasts for ${label(payload)}`).toHaveLength(INJECTORS.length);
      inspectSurface(roots.VodErrorAlert, `VodErrorAlert, payload ${label(payload)}`);
      inspectSurface(roots.toast, `toast, payload ${label(payload)}`);
      figures.combinations += 2 * INJECTORS.length;
      view.unmount();
      act(() => dismissVodToast());
      // The open dialog: each field in turn.
      for (const [field, build] of INJECTORS) {
        dialog.rerender(dialogShowing(build(payload)));
        const dialogRoots = surfaceRoots()['open VodErrorDialog'];
        expect(dialogRoots.filter((root) => root.hasAttribute('data-vod-dialog')), `dialog for ${field}, ${label(payload)}`).toHaveLength(1);
        inspectSurface(dialogRoots, `open VodErrorDialog, ${field}, payload ${label(payload)}`);
        figures.combinations++;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    dialog.unmount();
    if (observer) noteCreatedElements(observer.takeRecords());
    // img onerror and friends fire after a failed load: give any that exist time to run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(figures.combinations).toBe(PAYLOADS.length * INJECTORS.length * SURFACES.length);
    expect(window.__xss, 'scripts executed').toBe(0);
    expect(figures.foreignElements, 'elements outside the kit’s own tags').toEqual([]);
    expect(figures.createdForeign, 'foreign elements created anywhere in the page').toEqual([]);
    expect(figures.unsafeLinks, 'links that are not https to a provider domain').toEqual([]);
    expect(figures.activeAttributes, 'event handlers, loading attributes or script URLs in styles').toEqual([]);
    expect(figures.linksChecked).toBeGreaterThan(PAYLOADS.length);
    // A hang detector, not a speed limit: about 15 s on an idle 2-core machine, but the 4,000-odd
    // renders share the CPU with the rest of the suite and took 121 s once under a load of 17.
  }, 600_000);
});

describe('the XSS detectors themselves (control)', () => {
  it('count a script that does run and flag the element it came from', async () => {
    const before = window.__xss;
    const foreignBefore = figures.createdForeign.length;
    // Markup inserted the one way the kit never does: as HTML.
    const view = render(<div dangerouslySetInnerHTML={{ __html: `<img src="data:," onerror="${RUN}">` }} />);
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (observer) noteCreatedElements(observer.takeRecords());
    view.unmount();
    expect(window.__xss).toBe(before + 1);
    expect(figures.createdForeign.slice(foreignBefore)).toContain('<img>');
    window.__xss = before;
    figures.createdForeign.splice(foreignBefore);
  });
});
