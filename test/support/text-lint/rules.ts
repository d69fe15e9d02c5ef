import { classifyEntry, type EntryClass } from './classify.js';
import { glossary, jargon } from './glossary.js';
import { baseField, isForUploader, isStorageResource, type LintText } from './texts.js';

/** One place where a text breaks a rule of docs/WRITING.md. */
export interface Violation {
  readonly rule: RuleId;
  readonly language: string;
  readonly file: string;
  readonly code: string;
  readonly field: string;
  readonly text: string;
  /** What is wrong, in a few words. */
  readonly problem: string;
}

export const ruleIds = [
  'glossary',
  'jargon',
  'retry-first',
  'app-update',
  'device-advice',
  'network-advice',
  'informal-you',
  'field-name',
  'placeholder-parity',
  'length',
  'punctuation',
  'sentence-case',
  'fallback',
  'request-id',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** What each rule enforces, with the section of docs/WRITING.md it comes from. */
export const ruleDescriptions: Readonly<Record<RuleId, string>> = {
  glossary: 'one term per concept in the uploader fields (§3)',
  jargon: 'no console or API words in the uploader fields (§2)',
  'retry-first': 'no remediation that opens with a retry for a non-retryable client-side error (§4.2)',
  'app-update': 'no "update the app" advice (§4.3)',
  'device-advice': 'no device clock or date advice, except for direct-upload storage errors (§4.3)',
  'network-advice': 'no "try another network" advice except for network, timeout and availability errors (§4.3)',
  'informal-you': '您, never 你 (§2)',
  'field-name': 'no API field name or developer placeholder in the uploader fields (§4.4, §5)',
  'placeholder-parity': 'the same placeholders in both languages, and every text in both (§5)',
  length: 'length limits per field (§6)',
  punctuation: 'full-width punctuation in Chinese, none in English (§2)',
  'sentence-case': 'sentence case in English titles and labels (§2)',
  fallback: 'an entry omits description or remediation only under a parent that has them (§7)',
  'request-id': 'no request for a RequestId where the reply carries none (§4.3)',
};

/** Everything a rule may need: all texts, and the core's view of each error entry. */
export interface LintContext {
  readonly texts: readonly LintText[];
  readonly classOf: (text: LintText) => EntryClass | undefined;
}

type Rule = (context: LintContext) => Violation[];

const violation = (rule: RuleId, text: LintText, problem: string): Violation => ({
  rule,
  language: text.language,
  file: text.file,
  code: text.code,
  field: text.field,
  text: text.text,
  problem,
});

const isZh = (text: LintText) => text.language.startsWith('zh');
const isEn = (text: LintText) => text.language.startsWith('en');
const isProviderLabel = (text: LintText) => text.kind === 'label' && text.code.startsWith('provider > ');
// Field names in the dialog and report name wire fields (RequestId, HostId) on purpose.
const isFieldLabel = (text: LintText) => text.kind === 'label' && text.code.startsWith('field > ');
const isLinkLabel = (text: LintText) => text.kind === 'ui' && text.code.startsWith('link > ');

/** Finds one rule's violations in every text a predicate selects. */
function eachText(rule: RuleId, select: (text: LintText) => boolean, check: (text: LintText) => string | undefined): Rule {
  return ({ texts }) =>
    texts.flatMap((text) => {
      if (!select(text)) return [];
      const problem = check(text);
      return problem === undefined ? [] : [violation(rule, text, problem)];
    });
}

const glossaryRule = eachText(
  'glossary',
  (text) => isForUploader(text) && !isProviderLabel(text),
  (text) => {
    const entries = glossary[isZh(text) ? 'zh-CN' : 'en-US'];
    const found = entries.filter((entry) => entry.variants.test(text.text));
    return found.length === 0
      ? undefined
      : found.map((entry) => `"${text.text.match(entry.variants)?.[0]}" for ${entry.concept}: write "${entry.term}"`).join('; ');
  },
);

const jargonRule = eachText(
  'jargon',
  (text) => isForUploader(text) && !isProviderLabel(text) && !isFieldLabel(text) && !isLinkLabel(text),
  (text) => {
    const match = text.text.match(jargon[isZh(text) ? 'zh-CN' : 'en-US']);
    return match ? `"${match[0]}" belongs in developerDetail` : undefined;
  },
);

// A bare retry as the first step: "Try again…", "Wait a moment and try again", 「请稍后重试」.
// Waiting for a named change ("Wait until processing finishes, then try again") is not bare:
// WRITING.md §4.2 allows a retry once the state the error depends on has changed.
const TIME_ONLY_WAIT_EN = String.raw`wait (?:a (?:few |little |short )?(?:seconds?|minutes?|moment|while|bit)|for (?:a )?(?:few |several )?(?:seconds?|minutes?|moment|while)|briefly)`;
const RETRY_FIRST_EN = new RegExp(String.raw`^(?:please\s+)?(?:(?:try again|try once more|retry)\b|${TIME_ONLY_WAIT_EN}\b[^.;]*?\b(?:try again|retry)\b)`, 'i');
const RETRY_FIRST_ZH = /^(?:请)?(?:您)?(?:先)?(?:稍后|稍等[^，。；]*?|过一会儿?|等待?(?:几|数|片刻|一会|约)[^，。；]*?)?[，、]?(?:再)?(?:重试|再试|重新尝试)/;

/** The first sentence or clause of a text. */
function firstStep(text: string, zh: boolean): string {
  const end = zh ? text.search(/[。；！]/) : text.search(/[.;!](?:\s|$)/);
  return (end < 0 ? text : text.slice(0, end)).trim();
}

const retryFirstRule: Rule = (context) =>
  context.texts.flatMap((text) => {
    if (text.kind !== 'error' || baseField(text.field) !== 'remediation') return [];
    const entryClass = context.classOf(text);
    if (entryClass === undefined || entryClass.retryable || entryClass.fault !== 'client') return [];
    const step = firstStep(text.text, isZh(text));
    const pattern = isZh(text) ? RETRY_FIRST_ZH : RETRY_FIRST_EN;
    return pattern.test(step)
      ? [violation('retry-first', text, `opens with a retry, but ${entryClass.category} errors of this code are not retryable: say what to change or whom to ask`)]
      : [];
  });

const APP_UPDATE = /更新(?:本|此|这个)?(?:应用|App|软件|客户端|程序|版本)|升级(?:本|此|这个)?(?:应用|App|软件|客户端|程序|版本)|最新版本?|重新安装|\bupdate (?:the|this|your) (?:app|application|browser)\b|\blatest version\b|\bupgrade (?:the|this|your) (?:app|application)\b|\breinstall\b/i;
const appUpdateRule = eachText(
  'app-update',
  (text) => isForUploader(text),
  (text) => {
    const match = text.text.match(APP_UPDATE);
    return match ? `"${match[0]}": the uploader cannot ship a new version of the app` : undefined;
  },
);

const DEVICE_CLOCK = /(?:设备|电脑|手机|计算机|本机|系统)(?:的|上的)?(?:日期|时间|时钟)|(?:device|computer|phone|system)(?:'s)? (?:date|time|clock)|\byour (?:date|time|clock)\b|\bdate and time\b/i;
const deviceAdviceRule = eachText(
  'device-advice',
  (text) => isForUploader(text) && !isStorageResource(text.file),
  (text) => {
    const match = text.text.match(DEVICE_CLOCK);
    return match ? `"${match[0]}": the app's server signs this request, so the device clock is not the cause` : undefined;
  },
);

const OTHER_NETWORK = /(?:换|切换|更换)(?:一个|个|到其他|其他)?网络|其他网络|另一个网络|\b(?:another|a different|other) network\b|\bswitch(?:ing)? networks?\b/i;
const NETWORK_CATEGORIES = new Set(['network', 'timeout', 'unavailable']);
const networkAdviceRule: Rule = (context) =>
  context.texts.flatMap((text) => {
    if (!isForUploader(text) || text.kind !== 'error') return [];
    const match = text.text.match(OTHER_NETWORK);
    if (!match) return [];
    const entryClass = context.classOf(text);
    if (entryClass !== undefined && NETWORK_CATEGORIES.has(entryClass.category)) return [];
    return [violation('network-advice', text, `"${match[0]}": the address checked is the app server's, not the uploader's network`)];
  });

const informalYouRule = eachText(
  'informal-you',
  (text) => isZh(text),
  (text) => (/你/.test(text.text) ? 'write 您' : undefined),
);

const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1] ?? '');
/** Placeholders that carry a wire value (a parameter name, a code, a status) to the reader. */
const DEVELOPER_PLACEHOLDERS = new Set(['parameter', 'code', 'subCode', 'status', 'detail']);
// API identifiers: inner capitals (`VodSessionKey`, `fileId`) or snake_case (`error_code`).
const IDENTIFIER = /\b(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z]+[A-Z][A-Za-z0-9]*|[a-z0-9]+_[a-z0-9_]+)\b/g;
/** Identifiers the uploader meets by name: support asks for them, the dialog labels them. */
const READER_IDENTIFIERS = new Set(['ApsaraVideo', 'RequestId', 'HostId', 'TraceId', 'JavaScript', 'YouTube', 'iPhone', 'iPad', 'macOS', 'iOS', 'WeChat']);

const fieldNameRule = eachText(
  'field-name',
  (text) => isForUploader(text) || (text.kind === 'error' && text.field === 'developerDetail'),
  (text) => {
    // The engine fills {{parameter}} only in the `_parameter` variant; elsewhere it would be empty.
    if (!isForUploader(text)) return placeholdersOf(text.text).includes('parameter') ? '{{parameter}} belongs in developerDetail_parameter' : undefined;
    const developerPlaceholders = placeholdersOf(text.text).filter((name) => DEVELOPER_PLACEHOLDERS.has(name));
    if (developerPlaceholders.length > 0) return `{{${developerPlaceholders[0]}}} shows a wire value: only developerDetail may use it`;
    if (text.kind !== 'error') return undefined;
    const identifier = [...text.text.matchAll(IDENTIFIER)].map((match) => match[0]).find((word) => !READER_IDENTIFIERS.has(word));
    return identifier === undefined ? undefined : `"${identifier}" is an API field name: only developerDetail may name it`;
  },
);

const keyOf = (text: LintText) => `${text.file}\u0000${text.code}\u0000${text.field}`;
const placeholderParityRule: Rule = ({ texts }) => {
  const languages = [...new Set(texts.map((text) => text.language))].sort();
  const byLanguage = new Map(languages.map((language) => [language, new Map(texts.filter((text) => text.language === language).map((text) => [keyOf(text), text]))]));
  const violations: Violation[] = [];
  for (const language of languages) {
    const own = byLanguage.get(language)!;
    for (const other of languages) {
      if (other === language) continue;
      const theirs = byLanguage.get(other)!;
      for (const [key, text] of own) {
        const counterpart = theirs.get(key);
        if (counterpart === undefined) {
          violations.push(violation('placeholder-parity', text, `no ${other} text for this field`));
          continue;
        }
        // Report a mismatch once, from the first language in order.
        if (language > other) continue;
        const mine = JSON.stringify(placeholdersOf(text.text).sort());
        const yours = JSON.stringify(placeholdersOf(counterpart.text).sort());
        if (mine !== yours) violations.push(violation('placeholder-parity', text, `placeholders ${mine} here, ${yours} in ${other}`));
      }
    }
  }
  return violations;
};

/** Limits of WRITING.md §6, in code points. */
export const lengthLimits: Readonly<Record<'zh-CN' | 'en-US', Readonly<Record<string, number>>>> = {
  'zh-CN': { title: 16, description: 50, remediation: 60, developerDetail: 160, label: 16, ui: 60 },
  'en-US': { title: 48, description: 160, remediation: 180, developerDetail: 320, label: 40, ui: 160 },
};
const lengthRule = eachText(
  'length',
  () => true,
  (text) => {
    const limits = lengthLimits[isZh(text) ? 'zh-CN' : 'en-US'];
    const limit = limits[text.kind === 'error' ? baseField(text.field) : text.kind === 'detail' ? 'developerDetail' : text.kind];
    const length = [...text.text].length;
    return limit !== undefined && length > limit ? `${length} characters, limit ${limit}` : undefined;
  },
);

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`[${HAN}][,;:!?()]|[,;:!?()][${HAN}]|[${HAN}]\\.(?!\\d)`);
const FULL_WIDTH = /[，。；：！？（）「」、]/;
const punctuationRule = eachText(
  'punctuation',
  (text) => isZh(text) || isEn(text),
  (text) => {
    if (isEn(text)) {
      const match = text.text.match(FULL_WIDTH);
      return match ? `full-width "${match[0]}" in English` : undefined;
    }
    const match = text.text.match(HALF_WIDTH_NEXT_TO_HAN);
    return match ? `half-width punctuation in Chinese: "${match[0]}"` : undefined;
  },
);

/** Capitalized words an English title or label may keep. */
const PROPER_WORDS = new Set(['RequestId', 'HostId', 'TraceId', 'Wi-Fi', 'Mac', 'Ctrl', 'HTTP', 'HTTPS', 'URL', 'ID', 'IP', 'CDN', 'DNS', 'SSL', 'TLS', 'MFA', 'HLS', 'DRM', 'Referer', 'Chinese', 'English', 'China']);
const sentenceCaseRule = eachText(
  'sentence-case',
  (text) => isEn(text) && !isProviderLabel(text) && ((text.kind === 'error' && text.field === 'title') || text.kind === 'label'),
  (text) => {
    const words = text.text.split(/\s+/).slice(1);
    const capitalized = words.find((word) => {
      const bare = word.replace(/^[("'“]+|[)"'”.,:;!?]+$/g, '');
      return /^[A-Z][a-z]/.test(bare) && !PROPER_WORDS.has(bare) && !/[A-Z].*[A-Z]/.test(bare);
    });
    return capitalized === undefined ? undefined : `"${capitalized}" is capitalized: use sentence case`;
  },
);

/** The provider whose texts a resource belongs to: `tencent-parameters` → `tencent`. */
const providerOf = (file: string) => (file === 'common' ? 'common' : file.split('-')[0] ?? file);
const REQUIRED_FIELDS = ['title', 'developerDetail'] as const;
const INHERITABLE_FIELDS = ['description', 'remediation'] as const;

const fallbackRule: Rule = ({ texts }) => {
  const entries = new Map<string, { first: LintText; fields: Set<string> }>();
  for (const text of texts) {
    if (text.kind !== 'error') continue;
    const key = `${text.language}\u0000${providerOf(text.file)}\u0000${text.code}`;
    const entry = entries.get(key) ?? { first: text, fields: new Set<string>() };
    entry.fields.add(text.field);
    entries.set(key, entry);
  }
  const hasField = (language: string, provider: string, code: string, field: string): boolean => {
    const entry = entries.get(`${language}\u0000${provider}\u0000${code}`);
    if (entry?.fields.has(field)) return true;
    const dot = code.lastIndexOf('.');
    // A missing field is inherited from the nearest parent that exists and has it.
    return entry !== undefined && dot > 0 ? hasField(language, provider, code.slice(0, dot), field) : false;
  };
  const violations: Violation[] = [];
  for (const { first, fields } of entries.values()) {
    const provider = providerOf(first.file);
    for (const field of REQUIRED_FIELDS) {
      if (!fields.has(field)) violations.push(violation('fallback', { ...first, field, text: '' }, `every entry needs its own ${field}`));
    }
    for (const field of INHERITABLE_FIELDS) {
      if (fields.has(field)) continue;
      const dot = first.code.lastIndexOf('.');
      const parent = dot > 0 ? first.code.slice(0, dot) : undefined;
      const inherited = provider !== 'common' && parent !== undefined && hasField(first.language, provider, parent, field);
      if (!inherited) {
        violations.push(
          violation('fallback', { ...first, field, text: '' }, parent === undefined ? `no ${field} and no parent to inherit it from` : `no ${field}, and no ${parent} in ${provider} texts has one`),
        );
      }
    }
  }
  return violations;
};

/**
 * Resources whose errors reach the app without a RequestId: API 2.0 replies, task and event
 * failures, SDK-side client errors. Asking the uploader for one sends them looking for nothing.
 */
const WITHOUT_REQUEST_ID = /^tencent-legacy$|-tasks$|^tencent-client$/;
const requestIdRule = eachText(
  'request-id',
  (text) => isForUploader(text) && text.kind === 'error' && WITHOUT_REQUEST_ID.test(text.file),
  (text) => (/RequestId/.test(text.text) ? 'these errors carry no RequestId: ask for the error details instead' : undefined),
);

const rules: Readonly<Record<RuleId, Rule>> = {
  glossary: glossaryRule,
  jargon: jargonRule,
  'retry-first': retryFirstRule,
  'app-update': appUpdateRule,
  'device-advice': deviceAdviceRule,
  'network-advice': networkAdviceRule,
  'informal-you': informalYouRule,
  'field-name': fieldNameRule,
  'placeholder-parity': placeholderParityRule,
  length: lengthRule,
  punctuation: punctuationRule,
  'sentence-case': sentenceCaseRule,
  fallback: fallbackRule,
  'request-id': requestIdRule,
};

/** Runs one rule. */
export function runRule(rule: RuleId, context: LintContext): Violation[] {
  return rules[rule](context);
}

export { classifyEntry };
