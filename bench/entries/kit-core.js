// `import … from 'vod-error-kit/core'`: the framework-free entry, everything it exports.
export * from '../../src/core/index.ts';
