import type { i18n as I18nInstance } from 'i18next';
import { createVodErrorI18n } from './create-instance.js';

let kitInstance: I18nInstance | undefined;

/**
 * The kit's own i18next instance: used by components when no provider supplies one, and by the
 * text engine when a host instance cannot serve a text. Created on first use, never the app's
 * global instance.
 */
export function kitI18n(): I18nInstance {
  return (kitInstance ??= createVodErrorI18n());
}
