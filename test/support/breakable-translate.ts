import type * as Translate from '../../src/i18n/translate';

/**
 * The translate module with `translateVodError` throwing while `control.broken` is set. The kit
 * guards every i18next call, so a real render failure inside a kit component has to be forced
 * this way (used from `vi.mock` factories).
 */
export function breakableTranslate(actual: typeof Translate, control: { readonly broken: boolean }): typeof Translate {
  return {
    ...actual,
    translateVodError: (...args: Parameters<typeof actual.translateVodError>) => {
      if (control.broken) throw new Error('translation exploded');
      return actual.translateVodError(...args);
    },
  };
}
