// Compile-time checks of the components' prop unions and refs (Radix idiom), and of the
// retryer's state union. Checked by `npm run typecheck` (tsc), not run.
import { createRef } from 'react';
import { expectTypeOf } from 'vitest';
import {
  useVodError,
  VodErrorDialog,
  VodErrorToaster,
  VodRetryer,
  type VodAsyncTask,
  type VodErrorDialogProps,
  type VodErrorToasterProps,
  type VodRetryerState,
} from '../../src';

declare const error: unknown;
declare const setOpen: (open: boolean) => void;

// Controlled or uncontrolled, never both.
const controlled: VodErrorDialogProps = { error, open: true, onOpenChange: setOpen };
const uncontrolled: VodErrorDialogProps = { error, defaultOpen: true };
const withTrigger: VodErrorDialogProps = { error, trigger: <button type="button">Details</button> };
// @ts-expect-error — a controlled dialog has no trigger: the app opens it
const controlledWithTrigger: VodErrorDialogProps = { error, open: true, trigger: <button type="button">Details</button> };
// @ts-expect-error — `open` and `defaultOpen` are exclusive
const bothOpenProps: VodErrorDialogProps = { error, open: true, defaultOpen: false };
void [controlled, uncontrolled, withTrigger, controlledWithTrigger, bothOpenProps];

// Other props pass through to the content element, whose ref is forwarded.
const dialogRef = createRef<HTMLDivElement>();
void (<VodErrorDialog ref={dialogRef} error={error} open onOpenChange={setOpen} id="details" data-testid="details" onEscapeKeyDown={(event) => event.preventDefault()} />);
// @ts-expect-error — the dialog renders its own content
void (<VodErrorDialog error={error} open>text</VodErrorDialog>);

// The toaster forwards its ref to its region and passes other props through.
const toasterRef = createRef<HTMLElement>();
void (<VodErrorToaster ref={toasterRef} id="toasts" style={{ zIndex: 10 }} onPointerEnter={() => undefined} />);
expectTypeOf<VodErrorToasterProps['aria-label']>().toEqualTypeOf<string | undefined>();

// The retryer's state narrows on status.
declare const state: VodRetryerState;
if (state.status === 'waiting') {
  expectTypeOf(state.retryAt).toEqualTypeOf<number>();
  expectTypeOf(state.error.code).toEqualTypeOf<string>();
}
if (state.status === 'idle') expectTypeOf(state.error).toEqualTypeOf<null>();
expectTypeOf(new VodRetryer().run(async () => 42)).toEqualTypeOf<Promise<number | undefined>>();
expectTypeOf<Parameters<VodAsyncTask<string>>[0]>().toEqualTypeOf<AbortSignal>();

// The hook's functions and status come from the retryer.
type HookResult = ReturnType<typeof useVodError>;
expectTypeOf<HookResult['status']>().toEqualTypeOf<VodRetryerState['status']>();
