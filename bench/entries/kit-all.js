// `import * from 'vod-error-kit'`: every surface (core, i18n, React).
export * from '../../src/index.ts';
