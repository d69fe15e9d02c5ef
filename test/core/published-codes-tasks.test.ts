import { describe, expect, it } from 'vitest';
import { normalizeVodError } from '../../src/core';
import { taskFailures } from '../fixtures/task-failures';

describe('processing failures after upload are normalized like API errors', () => {
  it.each(taskFailures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, { value, expected }) => {
    const error = normalizeVodError(value);
    expect(error).toMatchObject(expected);
    // The task's code is a code the kit knows, so its texts can explain it.
    expect(error.catalogCode).toBe(expected.code);
  });

  it('reads the failure from the JSON copy a backend relays', () => {
    const [first] = taskFailures;
    const error = normalizeVodError(JSON.stringify(first?.value));
    expect(error).toMatchObject(first?.expected ?? {});
  });

  it('does not read a task that succeeded as a task failure', () => {
    const error = normalizeVodError({
      EventType: 'ProcedureStateChanged',
      ProcedureStateChangeEvent: {
        TaskId: '1400000000-procedurev2-1',
        Status: 'FINISH',
        ErrCode: 0,
        Message: 'SUCCESS',
        FileId: '387702306989998301',
        MediaProcessResultSet: [{ Type: 'Transcode', TranscodeTask: { Status: 'SUCCESS', ErrCode: 0, ErrCodeExt: '', Message: 'SUCCESS' } }],
      },
    });
    expect(error.format).not.toBe('tencent-task');
  });

  it('does not take an unrelated object with a FAILED status for a Huawei task', () => {
    expect(normalizeVodError({ status: 'FAILED', message: 'payment failed' }).format).not.toBe('huawei-task');
  });
});
