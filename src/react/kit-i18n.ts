import type { i18n as I18nInstance } from 'i18next';
import { kitI18n } from '../i18n/kit-instance.js';

/**
 * The kit's own i18next instance, used when no provider supplies one (the same one the text
 * engine falls back to). Never the app's global instance.
 */
export function getKitI18n(): I18nInstance {
  return kitI18n();
}
