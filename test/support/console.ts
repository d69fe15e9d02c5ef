import { vi, type MockInstance } from 'vitest';

export interface ConsoleWatch {
  /** Every console.error and console.warn call, formatted; empty when the console stayed quiet. */
  messages(): string[];
  restore(): void;
}

/** Records (and silences) console.error and console.warn, where React reports warnings. */
export function watchConsole(): ConsoleWatch {
  const spies: MockInstance[] = [vi.spyOn(console, 'error').mockImplementation(() => undefined), vi.spyOn(console, 'warn').mockImplementation(() => undefined)];
  return {
    messages: () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '))),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
