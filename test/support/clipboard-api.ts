/**
 * Removes the async Clipboard API as WeChat, QQ and Alipay webviews (and any insecure context)
 * do: `navigator.clipboard` is undefined. Returns the undo.
 */
export function removeClipboardApi(): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}
