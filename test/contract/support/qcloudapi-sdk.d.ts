// qcloudapi-sdk ships no types; this covers what the contract test calls.
declare module 'qcloudapi-sdk' {
  class QcloudApi {
    constructor(defaults: Record<string, unknown>);
    defaults: Record<string, unknown>;
    request(
      data: Record<string, unknown>,
      opts: Record<string, unknown>,
      callback: (err: unknown, body: unknown) => void,
      extra?: Record<string, unknown>,
    ): void;
  }
  export = QcloudApi;
}
