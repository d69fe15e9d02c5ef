import { keepCause } from './cause.js';
import { categoryDefaults } from './categories.js';
import { classify, resolveFormat, resolveProvider } from './classify.js';
import { applyStorage } from './formats/object-storage.js';
import { formatDefinition } from './providers/registry.js';
import type { Draft } from './draft.js';
import { buildLinks, type VodSite } from './links.js';
import type { VodError, VodErrorCategory, VodErrorParams, VodProvider } from './model.js';
import { httpStatusCode, INVALID_RESPONSE_CODE, transportCodes, UNKNOWN_CODE } from './synthetic-codes.js';
import { memoizeText } from './memo.js';
import { cleanIdentifier, cleanText } from './text.js';

// A parameter name quoted in a server message: Alibaba's `The input parameter "VideoId" …`.
const QUOTED_PARAMETER = /["“'`]([A-Za-z][A-Za-z0-9_.[\]]{0,63})["”'`]/;
// A parameter name carried in a code: Tencent's `InvalidParameterValue.FileId`.
const PARAMETER_CODE = /^(?:InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter)\.([A-Za-z][A-Za-z0-9_]{0,63})$/;

/** What a code shows and the parameter it names, worked out once per code. */
interface CodeFacts {
  /** The cleaned code (`cleanIdentifier`). */
  readonly shown: string | undefined;
  /** The parameter a code names (`InvalidParameterValue.FileId` → `FileId`). */
  readonly parameter: string | undefined;
}

// Codes repeat from error to error: one look-up gives both facts.
const codeFacts = memoizeText((value): CodeFacts => {
  const shown = cleanIdentifier(value);
  return { shown, parameter: shown === undefined ? undefined : PARAMETER_CODE.exec(shown)?.[1] };
});
// Sub-codes and HostIds repeat too, each in a cache of its own: one shared with the code would
// miss its last-text check at every call (see memo.ts).
const cleanSubCode = memoizeText(cleanIdentifier);
const cleanHostId = memoizeText(cleanIdentifier);
const parameterOfMessage = memoizeText((message) => QUOTED_PARAMETER.exec(message.slice(0, 300))?.[1]);
// Providers send one fixed message per code ("The video does not exist."), so messages repeat
// as codes do; a message that does not costs one cache insert beside its cleaning.
const cleanMessage = memoizeText((message) => cleanText(message));

// The storage formats' catalogs, for `applyStorage`: a storage host names storage only for the
// codes storage sends.
function isStorageCode(format: string, code: string): boolean {
  return Object.prototype.hasOwnProperty.call(formatDefinition(format)?.catalog ?? {}, code);
}

function readParams(draft: Draft, fromCode: string | undefined, message: string, category: VodErrorCategory): VodErrorParams {
  // Task failures name the task and the video; nothing else in their reply is a parameter.
  if (draft.taskId !== undefined || draft.videoId !== undefined) {
    const taskId = cleanIdentifier(draft.taskId);
    const videoId = cleanIdentifier(draft.videoId);
    return { ...(taskId === undefined ? {} : { taskId }), ...(videoId === undefined ? {} : { videoId }) };
  }
  if (fromCode !== undefined) return { parameter: fromCode };
  if (category !== 'invalid-request') return {};
  const fromMessage = message.length > 0 ? parameterOfMessage(message) : undefined;
  return fromMessage !== undefined ? { parameter: fromMessage } : {};
}

function syntheticCode(draft: Draft): string {
  if (draft.transport !== undefined) return transportCodes[draft.transport];
  if (draft.httpStatus !== undefined) return httpStatusCode(draft.httpStatus);
  if (draft.invalidResponse) return INVALID_RESPONSE_CODE;
  return UNKNOWN_CODE;
}

/**
 * Turns a finished draft into the model: cleans what is shown, resolves provider and format,
 * classifies, and applies the category's defaults under the catalog's overrides.
 *
 * @param providerHint The caller's `provider` option, used when nothing in the value tells.
 * @param now The time the model is stamped with when the value carries none.
 * @param cause The raw value, kept beside the model in this process only (see cause.ts).
 */
export function buildModel(draft: Draft, providerHint: VodProvider | undefined, site: VodSite, now: number, cause: unknown): VodError {
  // Classify the code that is shown: a raw `…token=…` must not pick a category its redacted
  // form no longer supports (a JSON copy would then be classified differently).
  const factsOfCode = draft.code === undefined ? undefined : codeFacts(draft.code);
  draft.code = factsOfCode?.shown;
  applyStorage(draft, isStorageCode);
  const provider = resolveProvider(draft, providerHint);
  const format = resolveFormat(draft, provider);
  const { category, override, catalogCode } = classify(draft, format);
  const defaults = categoryDefaults[category];
  const retryable = override?.retryable ?? defaults.retryable;
  const code = draft.code ?? syntheticCode(draft);
  const message = draft.message === undefined ? '' : cleanMessage(draft.message);
  const requestId = cleanIdentifier(draft.requestId);
  const retryAfterMs = retryable ? (draft.retryAfterMs ?? override?.retryAfterMs ?? defaults.retryAfterMs) : undefined;
  const model: VodError = {
    kind: 'vod-error',
    provider,
    format,
    code,
    subCode: draft.subCode === undefined ? undefined : cleanSubCode(draft.subCode),
    catalogCode,
    httpStatus: draft.httpStatus,
    requestId,
    hostId: draft.hostId === undefined ? undefined : cleanHostId(draft.hostId),
    traceId: cleanIdentifier(draft.traceId),
    message,
    params: readParams(draft, factsOfCode?.parameter, message, category),
    category,
    severity: override?.severity ?? defaults.severity,
    fault: override?.fault ?? defaults.fault,
    retryable,
    retryAfterMs,
    links: buildLinks(provider, format, code, requestId, draft.recommend, site),
    timestamp: draft.timestamp ?? now,
  };
  // The raw value stays in this process only, beside the model: see cause.ts.
  return keepCause(model, cause);
}
