import type { i18n as I18nInstance } from 'i18next';

type Listener = () => void;

interface InstanceState {
  version: number;
  readonly listeners: Set<Listener>;
}

const states = new WeakMap<I18nInstance, InstanceState>();

function stateOf(i18n: I18nInstance): InstanceState {
  let state = states.get(i18n);
  if (state === undefined) {
    const created: InstanceState = { version: 0, listeners: new Set() };
    state = created;
    states.set(i18n, created);
    // Attached on first contact and kept for the instance's life (they hold nothing but this
    // state): texts added before a component subscribes, or while none listens, must still
    // change the version, or cached texts would go stale.
    const bump = () => {
      created.version++;
      for (const notify of [...created.listeners]) notify();
    };
    try {
      i18n.on('languageChanged', bump);
      i18n.store?.on('added', bump);
    } catch {
      // An instance in an odd state: texts still render, only live updates are lost.
    }
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
  return () => {
    state.listeners.delete(listener);
  };
}

/** Changes whenever the instance's texts or language may have changed. */
export function i18nVersion(i18n: I18nInstance): number {
  return stateOf(i18n).version;
}
