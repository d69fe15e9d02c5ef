import { useSyncExternalStore } from 'react';
import { useVodErrorConfig } from './context.js';

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
const fullscreenElement = () => document.fullscreenElement;
const none = () => null;

/**
 * Where overlays portal to. A fullscreen video player hides everything outside its element,
 * so while one is fullscreen, toasts and dialogs render inside it.
 */
export function usePortalContainer(explicit?: HTMLElement | null): Element | null | undefined {
  const { portalContainer } = useVodErrorConfig();
  const fullscreen = useSyncExternalStore(subscribe, fullscreenElement, none);
  // Any element can be fullscreen (a player <div>, a <video>) and hold a portal. No
  // `instanceof HTMLElement`: that global does not exist where servers render.
  if (fullscreen) return fullscreen;
  return explicit ?? portalContainer ?? undefined;
}
