/** Texts longer than this are answered afresh every time: real codes and hosts are far shorter. */
const MAX_MEMO_TEXT_LENGTH = 256;
/** Answers kept per function; when full, the cache starts over (hostile input cannot grow it). */
const MAX_MEMO_ENTRIES = 512;

// Stands for an `undefined` answer, so one `get` tells a remembered `undefined` from a miss.
const UNDEFINED_ANSWER = Symbol('undefined answer');

/**
 * Remembers the answers of a function of one short text whose answer depends on nothing else:
 * a code's cleaned form or catalog entry, a host's provider. Codes, HostIds, endpoint hosts and
 * the fixed message a provider sends with each code repeat from error to error, so their regex
 * and catalog work is done once (issue 12). Not for texts that are new with every error
 * (RequestIds): each would cost a cache insert.
 *
 * @example
 * ```ts
 * const providerOfHost = memoizeText(scanHosts);
 * providerOfHost('vod.cn-shanghai.aliyuncs.com'); // scanned once, then remembered
 * ```
 */
export function memoizeText<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T | typeof UNDEFINED_ANSWER>();
  // The last text asked and its answer. A parsed body's strings are new objects every time, and
  // a map look-up must hash each one first; comparing with the last text asked costs less, and an
  // app's errors mostly repeat the one before (a retried request, a batch failing alike).
  let lastText: string | undefined;
  let lastAnswer: T | undefined;
  return (text) => {
    if (text === lastText) return lastAnswer as T;
    if (text.length > MAX_MEMO_TEXT_LENGTH) return answer(text);
    const known = answers.get(text);
    let found: T;
    if (known !== undefined) {
      found = (known === UNDEFINED_ANSWER ? undefined : known) as T;
    } else {
      found = answer(text);
      if (answers.size >= MAX_MEMO_ENTRIES) answers.clear();
      answers.set(text, found === undefined ? UNDEFINED_ANSWER : found);
    }
    lastText = text;
    lastAnswer = found;
    return found;
  };
}
