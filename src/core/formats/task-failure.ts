import { present, type Draft } from '../draft.js';
import { isRecord, readKey, readString } from '../read.js';

/*
 * Processing failures that arrive after the upload worked: a task result or an event
 * notification that says transcoding (or a snapshot, a review …) failed. Each provider's shape
 * is read into the same draft as an API error, with the task and video in `params`.
 *
 * - Tencent: `DescribeTaskDetail` (`Response.ProcedureTask` …), event notifications
 *   (`{ EventType, ProcedureStateChangeEvent }`), `PullEvents` (`Response.EventSet`) and a bare
 *   media-process task; the failure is `ErrCodeExt` (else the numeric `ErrCode`) and `Message`,
 *   on the task or on one of its `MediaProcessResultSet` / `Ai*ResultSet` sub-tasks.
 *   https://cloud.tencent.com/document/api/266/33431, https://cloud.tencent.com/document/product/266/9636
 * - Alibaba: event messages and job results with `Status: "fail"` (or `TranscodeJobStatus:
 *   "TranscodeFail"`), `ErrorCode` and `ErrorMessage`, e.g. `StreamTranscodeComplete`,
 *   `TranscodeComplete.StreamInfos[]`, `GetTranscodeTask.TranscodeTask.TranscodeJobInfoList[]`.
 *   AlibabaCloudDocs/vod "event notification" pages.
 * - Huawei: an asset or transcode status ending in `FAILED` (`TRANSCODE_FAILED`) with its
 *   `description` / `exec_desc`, in `transcode_info` of an event or asset detail.
 *   https://support.huaweicloud.com/api-vod/vod_04_0202.html
 *
 * Each reader returns true when the value was a task failure (its facts are then in the draft).
 */

/** How many sub-tasks or events one value may make the reader look at. */
const MAX_SCANNED = 32;

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_SCANNED) : [];
}

// ---- Tencent ----

// Sub-task results name their task by type: `{ Type: 'Transcode', TranscodeTask: {…} }`.
const TENCENT_RESULT_SETS = ['MediaProcessResultSet', 'AiAnalysisResultSet', 'AiContentReviewResultSet', 'AiRecognitionResultSet'];

function isTencentFailure(task: unknown): boolean {
  const ext = readString(task, 'ErrCodeExt');
  const code = readKey(task, 'ErrCode');
  return (ext !== undefined && ext !== '') || (typeof code === 'number' && code !== 0) || readKey(task, 'Status') === 'FAIL';
}

/** The first failed task among a task, its typed sub-tasks and their result sets. */
function findTencentFailure(task: unknown): unknown {
  if (isTencentFailure(task)) return task;
  for (const setName of TENCENT_RESULT_SETS) {
    for (const item of list(readKey(task, setName))) {
      const type = readString(item, 'Type');
      const sub = type === undefined ? undefined : readKey(item, `${type}Task`);
      if (isRecord(sub) && isTencentFailure(sub)) return sub;
    }
  }
  return undefined;
}

/** The task objects a Tencent value may hold: a task detail, an event, a list of events. */
function tencentTaskRoots(value: unknown): unknown[] {
  const response = readKey(value, 'Response');
  if (isRecord(response)) {
    if (readKey(response, 'Error') !== undefined) return [];
    const events = list(readKey(response, 'EventSet'));
    if (events.length > 0) return events.flatMap(tencentEventTask);
    const type = readString(response, 'TaskType');
    if (type === undefined) return [];
    // `TaskType: 'Procedure'` → `ProcedureTask`; other types name their own field.
    return [readKey(response, `${type}Task`) ?? readKey(response, 'ProcedureTask')];
  }
  if (readKey(value, 'EventType') !== undefined) return tencentEventTask(value);
  // A bare media-process task result.
  return readKey(value, 'ErrCodeExt') !== undefined ? [value] : [];
}

/** `{ EventType: 'ProcedureStateChanged', ProcedureStateChangeEvent: {…} }`: every event type keeps its task in a `…Event` field. */
function tencentEventTask(event: unknown): unknown[] {
  for (const key of safeKeys(event)) {
    if (key.endsWith('Event') && isRecord(readKey(event, key))) return [readKey(event, key)];
  }
  return [];
}

/**
 * Reads a failed Tencent task result or event (see the file comment).
 *
 * @example
 * ```ts
 * readTencentTask({ EventType: 'ProcedureStateChanged', ProcedureStateChangeEvent: { ErrCode: 60000, ErrCodeExt: 'SourceFileError', FileId: 'f' } }, draft); // true
 * ```
 */
export function readTencentTask(value: unknown, draft: Draft): boolean {
  for (const root of tencentTaskRoots(value).slice(0, MAX_SCANNED)) {
    if (!isRecord(root)) continue;
    const failed = findTencentFailure(root);
    if (failed === undefined) continue;
    const ext = readString(failed, 'ErrCodeExt');
    const errCode = readKey(failed, 'ErrCode');
    const code = ext !== undefined && ext !== '' ? ext : typeof errCode === 'number' && errCode !== 0 ? String(errCode) : undefined;
    if (code === undefined) continue;
    draft.provider ??= 'tencent';
    draft.format ??= 'tencent-task';
    draft.code ??= present(code);
    draft.message ??= present(readString(failed, 'Message'));
    draft.taskId ??= present(readString(failed, 'TaskId') ?? readString(root, 'TaskId'));
    draft.videoId ??= present(readString(root, 'FileId') ?? readString(readKey(failed, 'Input'), 'FileId'));
    draft.requestId ??= present(readString(readKey(value, 'Response'), ['RequestId']));
    return true;
  }
  return false;
}

// ---- Alibaba ----

const isFailStatus = (status: string | undefined) => status !== undefined && /fail/i.test(status);

function isAliyunFailure(job: unknown): boolean {
  return (
    readString(job, 'ErrorCode') !== undefined &&
    (isFailStatus(readString(job, ['Status', 'TranscodeJobStatus', 'State'])) || readKey(job, 'EventType') !== undefined)
  );
}

/** The first failed job of a job list (of its first {@link MAX_SCANNED}), without copying the list. */
function findAliyunFailure(jobs: unknown): unknown {
  if (!Array.isArray(jobs)) return undefined;
  const count = Math.min(jobs.length, MAX_SCANNED);
  for (let index = 0; index < count; index++) if (isAliyunFailure(jobs[index])) return jobs[index];
  return undefined;
}

/**
 * Reads a failed Alibaba job result or event message (see the file comment).
 *
 * @example
 * ```ts
 * readAliyunTask({ EventType: 'StreamTranscodeComplete', Status: 'fail', ErrorCode: 'InternalError', VideoId: 'v' }, draft); // true
 * ```
 */
export function readAliyunTask(value: unknown, draft: Draft): boolean {
  // An event, or a job list inside an event (`StreamInfos`) or a task (`TranscodeJobInfoList`).
  const task = readKey(value, 'TranscodeTask') ?? value;
  const failed = isAliyunFailure(value)
    ? value
    : (findAliyunFailure(readKey(value, 'StreamInfos')) ?? findAliyunFailure(readKey(task, 'TranscodeJobInfoList')));
  if (failed === undefined) return false;
  draft.provider ??= 'aliyun';
  draft.format ??= 'aliyun-task';
  draft.code ??= present(readString(failed, 'ErrorCode'));
  draft.message ??= present(readString(failed, 'ErrorMessage'));
  draft.taskId ??= present(readString(failed, ['JobId', 'TranscodeJobId']) ?? readString(task, ['TranscodeTaskId', 'JobId']));
  draft.videoId ??= present(readString(failed, 'VideoId') ?? readString(task, 'VideoId') ?? readString(value, 'VideoId'));
  draft.requestId ??= present(readString(value, 'RequestId'));
  return true;
}

// ---- Huawei ----

const HUAWEI_FAILED_STATUS = /^(?:[A-Z]+_)?FAILED$/;

/**
 * Reads a failed Huawei asset or transcode status (see the file comment).
 *
 * @example
 * ```ts
 * readHuaweiTask({ transcode_info: { asset_id: 'a', status: 'TRANSCODE_FAILED' } }, draft); // true
 * ```
 */
export function readHuaweiTask(value: unknown, draft: Draft): boolean {
  // The event's `transcode_info` first, then the asset itself: two calls, no array per body.
  return readHuaweiHolder(readKey(value, 'transcode_info'), value, draft) || readHuaweiHolder(value, value, draft);
}

const HUAWEI_STATUS_KEYS = ['transcode_status', 'status'] as const;

function readHuaweiHolder(holder: unknown, value: unknown, draft: Draft): boolean {
  const status = readString(holder, HUAWEI_STATUS_KEYS);
  if (status === undefined || !HUAWEI_FAILED_STATUS.test(status)) return false;
  const assetId = readString(holder, 'asset_id') ?? readString(value, 'asset_id');
  // A status alone is too common a word; a Huawei task names its asset.
  if (assetId === undefined) return false;
  draft.provider ??= 'huawei';
  draft.format ??= 'huawei-task';
  draft.code ??= present(status);
  draft.message ??= present(readString(holder, ['description', 'exec_desc', 'error_msg']) ?? readString(value, ['description', 'exec_desc']));
  draft.videoId ??= present(assetId);
  draft.taskId ??= present(readString(holder, 'task_id'));
  return true;
}

function safeKeys(value: unknown): string[] {
  if (!isRecord(value)) return [];
  try {
    return Object.keys(value).slice(0, MAX_SCANNED);
  } catch {
    return [];
  }
}
