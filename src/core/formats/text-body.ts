import { present, type Draft } from '../draft.js';
import { classifyTransportMessage } from './network.js';
import { decodeXmlText } from './xml-text.js';

/** Longest string the normalizer parses as JSON/XML. Real error bodies are a few KB. */
export const MAX_PARSED_BODY_LENGTH = 1024 * 1024;

export type ParsedText =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'xml' }
  | { readonly kind: 'text' };

/**
 * Recognises a JSON body inside a string and parses it, or markup (left to the formats' XML
 * readers, then to the HTML page reader). Never throws.
 */
export function parseTextBody(text: string): ParsedText {
  if (text.length > MAX_PARSED_BODY_LENGTH) return { kind: 'text' };
  let start = 0;
  while (start < text.length && start < 64 && text.charCodeAt(start) <= 32) start++;
  const first = text[start];
  if (first === '{' || first === '[') {
    if (text.length > DEPTH_CHECK_FROM_LENGTH && exceedsJsonDepth(text, MAX_JSON_DEPTH)) return { kind: 'text' };
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'text' };
    }
  }
  return first === '<' ? { kind: 'xml' } : { kind: 'text' };
}

/** Longer bodies are scanned for nesting before `JSON.parse`; short ones cannot nest deeply. */
const DEPTH_CHECK_FROM_LENGTH = 16 * 1024;
/** No provider body nests anywhere near this deep. */
const MAX_JSON_DEPTH = 64;

/**
 * True when brackets nest deeper than `limit` outside strings. V8 spends ~100 ms parsing 1 MB of
 * `[[[[…`; a linear scan costs a few, and no real error body is that deep.
 */
function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

// "502 Bad Gateway" in an nginx/Tengine/APIG page title or heading.
const STATUS_IN_TITLE = /\b([1-5]\d\d)\b/;

/** An HTML page where an API reply was expected: a gateway, proxy or captive-portal page. */
export function readHtmlPage(html: string, draft: Draft): boolean {
  const head = html.length > 4096 ? html.slice(0, 4096) : html;
  const lower = head.toLowerCase();
  if (lower.indexOf('<html') === -1 && lower.indexOf('<!doctype') === -1 && lower.indexOf('<body') === -1) {
    return false;
  }
  draft.invalidResponse = true;
  const titleStart = lower.indexOf('<title>');
  const titleEnd = titleStart === -1 ? -1 : lower.indexOf('</title>', titleStart);
  const heading = lower.indexOf('<h1>');
  const headingEnd = heading === -1 ? -1 : lower.indexOf('</h1>', heading);
  const title =
    titleEnd !== -1
      ? head.slice(titleStart + 7, titleEnd)
      : headingEnd !== -1
        ? head.slice(heading + 4, headingEnd)
        : '';
  // Only the title is kept, and as text: the rest of the page is markup nobody should see.
  const text = decodeXmlText(title.replace(/<[^>]{0,200}>/g, '')).replace(/\s+/g, ' ');
  if (text !== '') draft.message ??= present(text);
  const status = STATUS_IN_TITLE.exec(text);
  if (status?.[1] !== undefined) draft.httpStatus ??= present(Number(status[1]));
  draft.hostHints.push(head);
  return true;
}

// Tea (@alicloud/openapi-client) message: "<Code>: code: <status>, <Message> request id: <RequestId>"
const TEA_MESSAGE = /^([A-Za-z][\w.]{1,80}): code: (\d{3}), ([\s\S]{0,2000}?) request id: ([\w-]{6,80})/;

/** Recovers fields from an error's own message when nothing better is known. */
export function readPlainMessage(message: string, draft: Draft): void {
  const tea = message.length <= 4096 ? TEA_MESSAGE.exec(message) : null;
  if (tea) {
    draft.code ??= present(tea[1]);
    draft.httpStatus ??= present(Number(tea[2]));
    draft.message ??= present(tea[3]);
    draft.requestId ??= present(tea[4]);
    return;
  }
  draft.transport ??= present(classifyTransportMessage(message));
  draft.message ??= present(message);
  draft.hostHints.push(message);
}
