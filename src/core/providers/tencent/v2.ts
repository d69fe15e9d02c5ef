import { present, type Draft } from '../../draft.js';
import { asText, guarded, isRecord, toInteger } from '../../read.js';
import { memoizeText } from '../../memo.js';
import { defineFormat } from '../types.js';
import { tencentLegacyAccessCatalog, tencentVideoCloudCatalog } from './legacy-catalog.js';

// The video-cloud code of a dual-code reply, at the start of the message:
// "20108:频道处于非编辑状态", "(10008)fileId does not exist", "（20301）…", "[1000] …".
const DUAL_CODE = /^\s{0,8}(?:[([（【]\s{0,4}(\d{4,6})\s{0,4}[)\]）】]|(\d{4,6})\s{0,4}[:：])/;

/**
 * Extracts the video-cloud code hidden in a legacy message, if any. A code's message is fixed,
 * so the answer is remembered per message.
 */
export const readDualCode: (message: string) => string | undefined = memoizeText((message) => {
  // Anchored with bounded repeats, the pattern never looks past the first few dozen characters.
  const match = DUAL_CODE.exec(message);
  return match ? (match[1] ?? match[2]) : undefined;
});

interface TencentV2Body {
  readonly code?: unknown;
  readonly retcode?: unknown;
  readonly ret?: unknown;
  readonly message?: unknown;
  readonly errmsg?: unknown;
  readonly msg?: unknown;
  readonly codeDesc?: unknown;
}

/**
 * Tencent Cloud legacy API 2.0: `{ code, message, codeDesc }` with `code` 0 for success, and
 * the live-code variant `{ ret, retcode, message, errmsg }`. `code` must be numeric: string
 * `code`s belong to SDK errors and Node transport errors.
 */
export function readTencentV2Body(body: unknown, draft: Draft): boolean {
  if (!isRecord(body)) return false;
  const fields = body as TencentV2Body;
  // The first of each group that is present (neither undefined nor null), as `readFirst` reads.
  const numeric = toInteger(guarded(() => fields.code) ?? guarded(() => fields.retcode) ?? guarded(() => fields.ret));
  // Legacy codes are 0 (success) or 1000 and up; DOMExceptions carry small numeric codes
  // (20 for AbortError) beside a message and must not pass for Tencent replies.
  if (numeric === undefined || (numeric !== 0 && numeric < 1000)) return false;
  const message = asText(guarded(() => fields.message) ?? guarded(() => fields.errmsg) ?? guarded(() => fields.msg));
  const codeDesc = asText(guarded(() => fields.codeDesc));
  // A lone number is not enough evidence: a legacy body always has some text beside it.
  if (message === undefined && codeDesc === undefined) return false;
  draft.provider ??= 'tencent';
  draft.format ??= 'tencent-v2';
  draft.code ??= present(String(numeric));
  if (message !== undefined) {
    draft.subCode ??= present(readDualCode(message));
    draft.message ??= present(message);
  } else {
    draft.message ??= present(codeDesc);
  }
  return true;
}

/**
 * Tencent Cloud legacy API 2.0 and its dual codes: the numeric access-layer `code`, and the
 * video-cloud code inside the message (https://cloud.tencent.com/document/api/267/5820).
 * Live-code (`ret`) replies and some upload-SDK errors carry a video-cloud code in `code`
 * itself, so `subCodes` also explains a `code` the access table does not list.
 */
export const tencentV2Format = defineFormat({
  id: 'tencent-v2',
  provider: 'tencent',
  catalog: tencentLegacyAccessCatalog,
  readBody: readTencentV2Body,
  bodyKeys: ['code', 'retcode', 'ret'],
  sharesShapeWithClientErrors: true,
  carriesNoRequestId: true,
  codePattern: /^\d+$/,
  // Numbers are everybody's codes: only the reply's shape names Tencent.
  catalogNamesProvider: false,
  subCodes: { catalog: tencentVideoCloudCatalog, resource: 'tencent-legacy' },
  resources: ['tencent-legacy'],
  resourceFor: () => 'tencent-legacy',
  links: {
    docs: 'https://cloud.tencent.com/document/api/267/5820',
    // The API 3.0 diagnosis tool does not know legacy requests.
    diagnosis: null,
  },
});
