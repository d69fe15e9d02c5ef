// AbortController exists in every runtime the core targets (browsers, Node ≥ 15, workers, edge)
// but is not part of the ECMAScript lib the core is checked against. These declarations are the
// subset the retryer uses, written so they merge with the DOM lib's where both are loaded.
interface AbortSignal {
  readonly aborted: boolean;
}
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
// `var`, not `const`: only a `var` merges with the DOM lib's declaration of the same name.
// eslint-disable-next-line no-var
declare var AbortController: {
  prototype: AbortController;
  new (): AbortController;
};
