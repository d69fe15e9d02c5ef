import { useEffect, type RefObject } from 'react';

/** Keys that move focus to the toasts unless the app names others: Alt+T. */
export const DEFAULT_TOASTER_HOTKEY = ['altKey', 'KeyT'] as const;

/**
 * The hotkey as people read it, for the region's accessible name: `['altKey', 'KeyT']` → `Alt+T`.
 *
 * @example
 * ```ts
 * hotkeyLabel(['ctrlKey', 'KeyJ']); // "Ctrl+J"
 * ```
 */
export function hotkeyLabel(hotkey: readonly string[]): string {
  return hotkey
    .map((key) => key.replace(/Key$/, '').replace(/^Key/, '').replace(/^alt$/, 'Alt').replace(/^ctrl$/i, 'Ctrl').replace(/^meta$/, '⌘').replace(/^shift$/, 'Shift'))
    .join('+');
}

function matchesHotkey(event: KeyboardEvent, hotkey: readonly string[]): boolean {
  return (
    hotkey.length > 0 &&
    hotkey.every((key) => (key.endsWith('Key') ? (event as unknown as Record<string, boolean>)[key] === true : event.code === key))
  );
}

/**
 * Moves focus to the first toast (or the region) when the hotkey is pressed anywhere on the page,
 * and remembers where the user was in `returnFocusTo`, so closing the last toast can go back.
 *
 * @example
 * ```tsx
 * useToasterHotkey(['altKey', 'KeyT'], regionRef, returnFocusTo);
 * ```
 */
export function useToasterHotkey(hotkey: readonly string[], regionRef: RefObject<HTMLElement | null>, returnFocusTo: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesHotkey(event, hotkey)) return;
      const region = regionRef.current;
      if (!region) return;
      event.preventDefault();
      // Pressed again from inside the toasts, keep the place the user originally came from.
      const active = document.activeElement;
      if (!region.contains(active)) returnFocusTo.current = active instanceof HTMLElement ? active : null;
      (region.querySelector<HTMLElement>('[data-vod-toast][data-state="open"]') ?? region).focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey, regionRef, returnFocusTo]);
}
