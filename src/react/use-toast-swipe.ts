import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

/** Distance along the inline axis, in CSS pixels, past which a released swipe dismisses the toast. */
export const TOAST_SWIPE_THRESHOLD_PX = 60;
/** Movement, in CSS pixels, before a touch counts as a swipe rather than a tap or a scroll. */
const SWIPE_START_PX = 10;
/**
 * Where a swipe never starts: the RequestId row (its text must stay selectable, the reason
 * people press on it) and anything interactive, whose own gestures win.
 */
const NO_SWIPE_SELECTOR = '[data-vod-part="request-id-row"], button, a, input, textarea, select, [contenteditable]';

/** `move` while the finger drags the toast, `cancel` when it snaps back, `end` when it is swiped away. */
export type ToastSwipePhase = 'idle' | 'move' | 'cancel' | 'end';

interface Gesture {
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  swiping: boolean;
}

function setSwipeOffset(element: HTMLElement, px: number): void {
  // A CSS variable, not a transform: the stylesheet (or the app's) decides how the toast moves.
  element.style.setProperty('--vod-toast-swipe', `${px}px`);
}

function selectionInside(element: HTMLElement): boolean {
  const selection = element.ownerDocument.getSelection();
  return selection !== null && !selection.isCollapsed && selection.rangeCount > 0 && element.contains(selection.getRangeAt(0).commonAncestorContainer);
}

/**
 * Swipe-to-dismiss on touch screens, with pointer events. The offset is written to the
 * `--vod-toast-swipe` variable on the toast (no re-render per move); the phase is returned for
 * `data-swipe`. Mouse drags are left alone: on a desktop they select text.
 *
 * @example
 * ```tsx
 * const { phase, handlers } = useToastSwipe(() => close(false));
 * return <li data-swipe={phase === 'idle' ? undefined : phase} {...handlers} />;
 * ```
 */
export function useToastSwipe(onSwiped: () => void): {
  readonly phase: ToastSwipePhase;
  readonly handlers: {
    readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
    readonly onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
    readonly onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
    readonly onPointerCancel: (event: ReactPointerEvent<HTMLElement>) => void;
  };
} {
  const [phase, setPhase] = useState<ToastSwipePhase>('idle');
  const gesture = useRef<Gesture | null>(null);

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if ((event.pointerType !== 'touch' && event.pointerType !== 'pen') || !event.isPrimary) return;
    if (event.target instanceof Element && event.target.closest(NO_SWIPE_SELECTOR) !== null) return;
    gesture.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, swiping: false };
  }, []);

  const onPointerMove = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (current === null || event.pointerId !== current.pointerId) return;
    const element = event.currentTarget;
    const dx = event.clientX - current.startX;
    const dy = event.clientY - current.startY;
    if (!current.swiping) {
      // Mostly vertical: the page is scrolling. Text selected in the toast: the user is selecting.
      if (Math.abs(dy) > SWIPE_START_PX && Math.abs(dy) >= Math.abs(dx)) gesture.current = null;
      if (Math.abs(dx) < SWIPE_START_PX || gesture.current === null) return;
      if (selectionInside(element)) {
        gesture.current = null;
        return;
      }
      current.swiping = true;
      try {
        element.setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer tracks: the gesture goes on without capture.
      }
      setPhase('move');
    }
    setSwipeOffset(element, dx);
  }, []);

  const finish = useCallback(
    (event: ReactPointerEvent<HTMLElement>, released: boolean) => {
      const current = gesture.current;
      if (current === null || event.pointerId !== current.pointerId) return;
      gesture.current = null;
      if (!current.swiping) return;
      const dx = event.clientX - current.startX;
      if (released && Math.abs(dx) >= TOAST_SWIPE_THRESHOLD_PX) {
        setSwipeOffset(event.currentTarget, dx);
        setPhase('end');
        onSwiped();
      } else {
        setSwipeOffset(event.currentTarget, 0);
        setPhase('cancel');
      }
    },
    [onSwiped],
  );
  const onPointerUp = useCallback((event: ReactPointerEvent<HTMLElement>) => finish(event, true), [finish]);
  const onPointerCancel = useCallback((event: ReactPointerEvent<HTMLElement>) => finish(event, false), [finish]);

  return { phase, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
