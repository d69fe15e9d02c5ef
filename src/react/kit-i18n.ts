import type { i18n as I18nInstance } from 'i18next';
import { createVodErrorI18n } from '../i18n/create-instance.js';

let kitInstance: I18nInstance | undefined;

/**
 * The kit's own i18next instance, used when no provider supplies one. Created on first use,
 * never the app's global instance.
 */
export function getKitI18n(): I18nInstance {
  return (kitInstance ??= createVodErrorI18n());
}
