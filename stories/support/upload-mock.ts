import { delay, http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { sampleById, type WireResponse } from '../samples';

/**
 * A fake VOD upload backend for the Upload form story, answered by Mock Service Worker in the
 * browser: the form's `fetch` calls really leave the page and come back through the network
 * layer, with provider replies taken from `stories/samples.ts`.
 *
 *   POST /api/vod/upload                      → { uploadId, partSize }      (CreateUploadVideo / ApplyUpload)
 *   PUT  /api/vod/upload/:uploadId/parts/:n   → 204 per part                (multipart upload)
 *   POST /api/vod/upload/:uploadId/commit     → { videoId }                 (CommitUpload)
 */

export type UploadStep = 'create' | 'part' | 'commit';

export interface UploadScenario {
  readonly id: string;
  /** Where the failure happens; `null` for the happy path. */
  readonly step: UploadStep | null;
  /** For `part`: which part number fails. */
  readonly part?: number;
  /** `reply`: answer with the sample's wire response; `network`: drop the connection; `hang`: never answer. */
  readonly kind: 'reply' | 'network' | 'hang' | 'none';
  readonly sample?: string;
}

export const uploadScenarios: readonly UploadScenario[] = [
  { id: 'success', step: null, kind: 'none' },
  { id: 'aliyun-forbidden-ram', step: 'create', kind: 'reply', sample: 'aliyun-forbidden-ram' },
  // Retryable: with "fail only the first attempt", Retry uploads every part and commits.
  { id: 'aliyun-throttling', step: 'part', part: 2, kind: 'reply', sample: 'aliyun-throttling' },
  { id: 'tencent-upload-cos-fail', step: 'commit', kind: 'reply', sample: 'tencent-upload-cos-fail' },
  { id: 'huawei-rate-limit', step: 'part', part: 2, kind: 'reply', sample: 'huawei-rate-limit' },
  { id: 'huawei-arrears', step: 'create', kind: 'reply', sample: 'huawei-arrears' },
  { id: 'gateway-502', step: 'commit', kind: 'reply', sample: 'gateway-502' },
  { id: 'network-error', step: 'part', part: 3, kind: 'network' },
  { id: 'timeout', step: 'part', part: 1, kind: 'hang' },
];

/** Bytes per part the fake backend asks for. */
export const PART_SIZE_BYTES = 1024 * 1024;
/** Simulated time to store one part, so the progress bar moves visibly. */
const PART_LATENCY_MS = 150;

/** What the mock does next; the story's "Mock server" panel writes it. */
export const mockServerState = {
  scenario: 'aliyun-forbidden-ram',
  /** Fail only the first time the failing step is reached, so Retry succeeds. */
  failOnce: true,
  failures: 0,
};

/** Switches scenario and forgets earlier failures. */
export function setMockScenario(scenario: string, failOnce: boolean): void {
  mockServerState.scenario = scenario;
  mockServerState.failOnce = failOnce;
  mockServerState.failures = 0;
}

function currentScenario(): UploadScenario {
  return uploadScenarios.find((scenario) => scenario.id === mockServerState.scenario) ?? (uploadScenarios[0] as UploadScenario);
}

/** The failure this request should get, if any (and counts it). */
function failureFor(step: UploadStep, part?: number): UploadScenario | undefined {
  const scenario = currentScenario();
  if (scenario.step !== step || (scenario.part !== undefined && scenario.part !== part)) return undefined;
  if (mockServerState.failOnce && mockServerState.failures > 0) return undefined;
  mockServerState.failures += 1;
  return scenario;
}

function replyWith(wire: WireResponse): HttpResponse<string> {
  return new HttpResponse(wire.body, { status: wire.status, headers: wire.headers });
}

async function fail(scenario: UploadScenario): Promise<Response> {
  switch (scenario.kind) {
    case 'network':
      return HttpResponse.error();
    case 'hang':
      await delay('infinite');
      return HttpResponse.error();
    default: {
      const wire = scenario.sample === undefined ? undefined : sampleById(scenario.sample).wire;
      if (wire === undefined) throw new Error(`Scenario ${scenario.id} has no wire reply`);
      return replyWith(wire);
    }
  }
}

let nextUpload = 1;

const handlers = [
  http.post('/api/vod/upload', async () => {
    await delay(120);
    const failure = failureFor('create');
    if (failure !== undefined) return fail(failure);
    return HttpResponse.json({ uploadId: `upload-${nextUpload++}`, partSize: PART_SIZE_BYTES });
  }),
  http.put('/api/vod/upload/:uploadId/parts/:part', async ({ params, request }) => {
    // Read the part like a real server would before answering.
    await request.arrayBuffer();
    await delay(PART_LATENCY_MS);
    const failure = failureFor('part', Number(params.part));
    if (failure !== undefined) return fail(failure);
    return new HttpResponse(null, { status: 204 });
  }),
  http.post('/api/vod/upload/:uploadId/commit', async ({ params }) => {
    await delay(120);
    const failure = failureFor('commit');
    if (failure !== undefined) return fail(failure);
    return HttpResponse.json({ videoId: `5285890${String(params.uploadId).replace(/\D/g, '').padStart(9, '0')}` });
  }),
];

let worker: SetupWorker | undefined;
let starting: Promise<void> | undefined;

/**
 * Starts the service worker once per page. The worker script is generated by `msw init` in the
 * `sandbox`/`build-sandbox` scripts and served from `.storybook/public`.
 */
export function startUploadMock(): Promise<void> {
  starting ??= (async () => {
    worker = setupWorker(...handlers);
    await worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      // Relative, so the sandbox also works when served from a sub-path.
      serviceWorker: { url: './mockServiceWorker.js' },
    });
  })().catch((reason: unknown) => {
    starting = undefined;
    throw reason;
  });
  return starting;
}
