// `import { VodErrorAlert } from 'vod-error-kit'`: all an app needs to render an alert (no provider
// needed; the kit uses its own i18next instance). The Details dialog and the provider texts load lazily.
export { VodErrorAlert } from '../../src/index.ts';
