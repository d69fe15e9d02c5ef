// Timers exist in every JavaScript runtime the core targets (browsers, Node, workers, edge),
// but they are not part of the ECMAScript lib the core is checked against.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
