// `import { VodErrorToaster, toastVodError } from 'vod-error-kit'`: the toast surface.
export { VodErrorToaster, toastVodError } from '../../src/index.ts';
