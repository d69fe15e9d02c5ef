import { useEffect, useState } from 'react';

/**
 * Page-level reasons to stop toast timers: the tab is hidden, or the window lost focus. Driven by
 * the blur/focus events alone: a `document.hasFocus()` sample at mount is false in any page that
 * was not clicked yet inside an iframe (Storybook, micro-frontends, embeds), which froze every
 * toast until the user happened to click.
 *
 * @example
 * ```tsx
 * const pageInactive = usePageInactive();
 * const paused = hovered || pageInactive;
 * ```
 */
export function usePageInactive(): boolean {
  const [hidden, setHidden] = useState(false);
  const [blurred, setBlurred] = useState(false);
  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    const onBlur = () => setBlurred(true);
    const onFocus = () => setBlurred(false);
    onVisibility();
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return hidden || blurred;
}
