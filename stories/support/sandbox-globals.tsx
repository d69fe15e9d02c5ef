import { createContext, useContext } from 'react';
import type { VodTheme } from '../../src/react/context';
import type { SampleGroup } from '../samples';

/** The sandbox toolbar's values, as stories see them. */
export interface SandboxGlobals {
  readonly locale: 'zh-CN' | 'en-US';
  readonly theme: VodTheme;
  /** Provider filter: a sample group, or `all`. */
  readonly provider: SampleGroup | 'all';
}

export const defaultSandboxGlobals: SandboxGlobals = { locale: 'en-US', theme: 'light', provider: 'all' };

export const SandboxGlobalsContext = createContext<SandboxGlobals>(defaultSandboxGlobals);

/** The toolbar's language, theme and provider filter. */
export function useSandboxGlobals(): SandboxGlobals {
  return useContext(SandboxGlobalsContext);
}

/**
 * The colour scheme the canvas is painted in: the toolbar's theme, with `system` resolved against
 * the OS (and following its changes). Design-system frames in the Integrations stories read it.
 */
export const SandboxSchemeContext = createContext<'light' | 'dark'>('light');

export function useSandboxScheme(): 'light' | 'dark' {
  return useContext(SandboxSchemeContext);
}
