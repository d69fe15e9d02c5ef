import type { i18n as I18nInstance } from 'i18next';

type Listener = () => void;

interface InstanceState {
  version: number;
  readonly listeners: Set<Listener>;
  detach?: () => void;
}

const states = new WeakMap<I18nInstance, InstanceState>();

function stateOf(i18n: I18nInstance): InstanceState {
  let state = states.get(i18n);
  if (state === undefined) {
    state = { version: 0, listeners: new Set() };
    states.set(i18n, state);
  }
  return state;
}

/**
 * Subscribes to everything that changes the kit's texts on an instance: resources added (lazy
 * loads, overrides) and language changes. One set of i18next listeners per instance, however
 * many components listen.
 */
export function subscribeToI18n(i18n: I18nInstance, listener: Listener): () => void {
  const state = stateOf(i18n);
  state.listeners.add(listener);
  if (state.detach === undefined) {
    const bump = () => {
      state.version++;
      for (const notify of [...state.listeners]) notify();
    };
    try {
      i18n.on('languageChanged', bump);
      i18n.store?.on('added', bump);
      state.detach = () => {
        i18n.off('languageChanged', bump);
        i18n.store?.off('added', bump);
      };
    } catch {
      state.detach = () => undefined;
    }
  }
  return () => {
    state.listeners.delete(listener);
    if (state.listeners.size === 0) {
      state.detach?.();
      state.detach = undefined;
    }
  };
}

/** Changes whenever the instance's texts or language may have changed. */
export function i18nVersion(i18n: I18nInstance): number {
  return stateOf(i18n).version;
}
