import { useCallback, type Ref } from 'react';

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref !== null && ref !== undefined) (ref as { current: T | null }).current = value;
}

/**
 * One ref callback that feeds two refs: a component's own ref and the one the app forwarded.
 *
 * @example
 * ```tsx
 * const Region = forwardRef<HTMLElement, Props>((props, forwardedRef) => {
 *   const own = useRef<HTMLElement>(null);
 *   return <section ref={useComposedRefs(own, forwardedRef)} />;
 * });
 * ```
 */
export function useComposedRefs<T>(own: Ref<T> | undefined, forwarded: Ref<T> | undefined): (value: T | null) => void {
  return useCallback(
    (value: T | null) => {
      setRef(own, value);
      setRef(forwarded, value);
    },
    [own, forwarded],
  );
}
