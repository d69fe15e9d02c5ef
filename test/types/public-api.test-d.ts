// Compile-time checks of the public API, checked by `npm run typecheck` (tsc), not run.
import { expectTypeOf } from 'vitest';
import {
  normalizeVodError,
  shouldRetryVodError,
  toastVodError,
  useVodError,
  type VodError,
  type VodErrorAlertProps,
  type VodErrorCategory,
  type VodErrorToasterProps,
  type VodProvider,
} from '../../src';
import { normalizeVodErrorAsync, vodErrorCause } from '../../src/core';
import { formatVodError, type VodErrorText } from '../../src/i18n';

// Anything caught goes in; one model comes out, never undefined.
expectTypeOf(normalizeVodError).parameter(0).toEqualTypeOf<unknown>();
expectTypeOf(normalizeVodError(null)).toEqualTypeOf<VodError>();
expectTypeOf(normalizeVodErrorAsync(null)).toEqualTypeOf<Promise<VodError>>();

// The model's unions are closed: a switch over them can be exhaustive.
expectTypeOf<VodError['provider']>().toEqualTypeOf<VodProvider>();
expectTypeOf<VodProvider>().toEqualTypeOf<'aliyun' | 'tencent' | 'huawei' | 'unknown'>();
expectTypeOf<VodError['severity']>().toEqualTypeOf<'info' | 'warning' | 'error'>();
expectTypeOf<VodError['category']>().toEqualTypeOf<VodErrorCategory>();
expectTypeOf<VodError['requestId']>().toEqualTypeOf<string | undefined>();
// The raw caught value is never on the model (it may hold credentials); it is read beside it.
expectTypeOf<VodError['cause']>().toEqualTypeOf<undefined>();
expectTypeOf(vodErrorCause).returns.toEqualTypeOf<unknown>();

// Components take caught values as they are (react-error-boundary's convention).
expectTypeOf<VodErrorAlertProps['error']>().toEqualTypeOf<unknown>();
expectTypeOf<VodErrorAlertProps>().toHaveProperty('onRetry');
// @ts-expect-error — not a toaster position
const badPosition: VodErrorToasterProps['position'] = 'middle';
void badPosition;

// Retry policy is plain data, TanStack-style.
expectTypeOf(shouldRetryVodError).parameter(2).toEqualTypeOf<boolean | number | ((failureCount: number, error: VodError) => boolean) | undefined>();

// toastVodError is callable outside React and returns the toast id.
expectTypeOf(toastVodError).returns.toEqualTypeOf<string>();

// run() keeps the task's own result type.
type Run = ReturnType<typeof useVodError>['run'];
expectTypeOf<ReturnType<Run>>().toEqualTypeOf<Promise<unknown>>();
declare const run: Run;
expectTypeOf(run(async () => 42)).toEqualTypeOf<Promise<number | undefined>>();

// formatVodError gives plain strings for every field.
expectTypeOf(formatVodError(new Error('x'))).toEqualTypeOf<VodErrorText>();
expectTypeOf<VodErrorText['title']>().toEqualTypeOf<string>();
