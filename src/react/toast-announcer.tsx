import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useVodErrorConfig } from './context.js';
import { cachedErrorText } from './text-cache.js';
import type { VodToast } from './toast-store.js';
import type { useVodTexts } from './use-vod-error-text.js';
import { visuallyHidden } from './visually-hidden.js';

export interface ToastAnnouncerProps {
  /** The toasts on screen, oldest first. */
  readonly visible: readonly VodToast[];
  /** The toaster's texts, already loaded and followed for every visible toast. */
  readonly texts: ReturnType<typeof useVodTexts>;
}

/**
 * Says each new toast once to assistive technology: errors through an assertive region, the
 * rest politely. Both regions exist before the first toast, as screen readers only announce
 * changes to regions they already know.
 *
 * @example
 * ```tsx
 * <ToastAnnouncer visible={visible} texts={texts} />
 * ```
 */
export function ToastAnnouncer({ visible, texts }: ToastAnnouncerProps): ReactNode {
  const { i18n } = useVodErrorConfig();
  const { ui, language, version } = texts;
  const announced = useRef(new Set<string>());
  const [announcement, setAnnouncement] = useState<{ polite: string; assertive: string }>({ polite: '', assertive: '' });

  useEffect(() => {
    const fresh = visible.filter((toast) => !announced.current.has(toast.id));
    if (fresh.length === 0) return;
    // Remember only ids still on screen, so a long session does not grow this set.
    announced.current = new Set(visible.map((toast) => toast.id));
    const last = fresh[fresh.length - 1] as VodToast;
    let sentence: string;
    try {
      const text = cachedErrorText(i18n, version, last.error, language);
      sentence = `${ui(`severity>${last.error.severity}`)}: ${text.title}. ${text.remediation}`;
    } catch {
      // Effects run outside the per-toast boundaries: a failure here must not take the toaster down.
      sentence = last.error.code;
    }
    setAnnouncement(last.error.severity === 'error' ? { polite: '', assertive: sentence } : { polite: sentence, assertive: '' });
  }, [visible, i18n, language, version, ui]);

  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" data-vod-visually-hidden="" style={visuallyHidden}>
        {announcement.polite}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-vod-visually-hidden="" style={visuallyHidden}>
        {announcement.assertive}
      </div>
    </>
  );
}
