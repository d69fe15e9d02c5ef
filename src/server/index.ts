/**
 * `vod-error-kit/server`: relay a provider failure from a route handler to the page. No React,
 * no i18next, no framework: status, headers and a JSON body, or a Web `Response`.
 * @packageDocumentation
 */
export { vodErrorReply, type VodErrorReply } from './vod-error-reply.js';
export { vodErrorResponse } from './vod-error-response.js';
export { vodErrorStatus } from './relay-status.js';
export { vodErrorHeaders } from './relay-headers.js';
export { vodErrorBody, type VodErrorBody } from './relay-body.js';
