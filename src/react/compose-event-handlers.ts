/**
 * Runs the app's handler first, then the kit's unless the app called `preventDefault()`: the
 * Radix convention, so an app can opt out of any built-in behaviour of an event.
 *
 * @example
 * ```tsx
 * <li onKeyDown={composeEventHandlers(props.onKeyDown, (event) => closeOnEscape(event))} />
 * ```
 */
export function composeEventHandlers<E extends { readonly defaultPrevented: boolean }>(
  appHandler: ((event: E) => void) | undefined,
  kitHandler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    appHandler?.(event);
    if (!event.defaultPrevented) kitHandler(event);
  };
}
