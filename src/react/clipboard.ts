/** How a copy attempt ended: on the clipboard, left selected for the user, or not at all. */
export type CopyOutcome = 'copied' | 'selected' | 'failed';

function copyWithExecCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen but focusable and selectable; fixed so the page does not scroll.
  area.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:-9999px;opacity:0;';
  const active = document.activeElement as HTMLElement | null;
  const host = active?.closest('[role="dialog"]') ?? document.body;
  host.appendChild(area);
  try {
    // execCommand copies the document's selection, which is the textarea's only while it has
    // focus; select() alone does not move focus everywhere (jsdom, some WebViews).
    area.focus({ preventScroll: true });
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.({ preventScroll: true });
  }
}

function selectText(element: Element | null | undefined): boolean {
  if (!element) return false;
  try {
    const selection = window.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.addRange(range);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text: the async Clipboard API first, then `execCommand('copy')` for older or
 * insecure contexts, and when both are refused, selects `fallbackTarget` so the user can press
 * Ctrl/⌘+C. Never throws.
 */
export async function copyText(text: string, fallbackTarget?: Element | null): Promise<CopyOutcome> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied (permissions policy, no user activation, insecure context): try the old way.
  }
  if (typeof document !== 'undefined' && copyWithExecCommand(text)) return 'copied';
  return selectText(fallbackTarget) ? 'selected' : 'failed';
}
