import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  classifyEntry,
  countByRule,
  formatViolation,
  lintTexts,
  loadLocaleTexts,
  ruleDescriptions,
  ruleIds,
  textsOfResource,
  type LintText,
  type RuleId,
} from '../support/text-lint/index';

const localesDir = fileURLToPath(new URL('../../locales', import.meta.url));
const localeTexts = loadLocaleTexts(localesDir);

describe('the locale files follow docs/WRITING.md', () => {
  it('reads every locales/<lang>/<name>.json file, in both languages', () => {
    const files = new Set(localeTexts.map((text) => `${text.language}/${text.file}`));
    expect([...files].filter((file) => file.startsWith('en-US/')).length).toBeGreaterThanOrEqual(5);
    expect([...files].filter((file) => file.startsWith('zh-CN/')).length).toBe([...files].filter((file) => file.startsWith('en-US/')).length);
  });

  it.each(ruleIds.map((rule) => [rule, ruleDescriptions[rule]] as const))('%s: %s', (rule) => {
    expect(lintTexts(localeTexts, { rules: [rule] }).map(formatViolation)).toEqual([]);
  });
});

/** An entry of one resource file in both languages, for the control samples. */
function sample(file: string, zh: Record<string, unknown>, en: Record<string, unknown>): LintText[] {
  return [...textsOfResource('zh-CN', file, zh), ...textsOfResource('en-US', file, en)];
}

const clean = {
  zh: { title: '找不到视频', description: '这个视频不存在或已被删除。', remediation: '请刷新列表，然后重新选择视频。', developerDetail: 'FileId 对应的媒资不存在（{{code}}）。' },
  en: { title: 'Video not found', description: 'This video does not exist or was deleted.', remediation: 'Refresh the list, then choose the video again.', developerDetail: 'No media matches the FileId ({{code}}).' },
};

interface Control {
  readonly rule: RuleId;
  readonly bad: LintText[];
  /** A near miss the rule must accept, so the control proves it fires for the right reason. */
  readonly good: LintText[];
}

const controls: Control[] = [
  {
    rule: 'glossary',
    bad: sample('tencent', { X: { ...clean.zh, remediation: '请联系客服。' } }, { X: { ...clean.en, remediation: 'Contact customer service.' } }),
    good: sample('tencent', { X: { ...clean.zh, remediation: '请联系技术支持。' } }, { X: { ...clean.en, remediation: 'Contact support.' } }),
  },
  {
    rule: 'jargon',
    bad: sample('aliyun', { X: { ...clean.zh, title: '媒资不存在' } }, { X: { ...clean.en, title: 'VOD API error' } }),
    good: sample('aliyun', { X: clean.zh }, { X: clean.en }),
  },
  {
    // MissingParameter is non-retryable invalid-request in the core's catalog.
    rule: 'retry-first',
    bad: sample('tencent', { MissingParameter: { ...clean.zh, remediation: '请稍后重试；如果问题仍然存在，请联系技术支持。' } }, { MissingParameter: { ...clean.en, remediation: 'Try again. If it keeps failing, contact support.' } }),
    // The same advice is honest for a retryable code (throttling),
    // and waiting for a named change before retrying is honest for a state conflict.
    good: sample(
      'tencent',
      { RequestLimitExceeded: { ...clean.zh, remediation: '请稍后重试。' }, ResourceInUse: { ...clean.zh, remediation: '请等待视频处理完成后重试。' } },
      { RequestLimitExceeded: { ...clean.en, remediation: 'Wait a few seconds and try again.' }, ResourceInUse: { ...clean.en, remediation: 'Wait until processing finishes, then try again.' } },
    ),
  },
  {
    rule: 'app-update',
    bad: sample('tencent', { ActionOffline: { ...clean.zh, remediation: '请将应用更新到最新版本。' } }, { ActionOffline: { ...clean.en, remediation: 'Update the app to the latest version.' } }),
    good: sample('tencent', { ActionOffline: { ...clean.zh, remediation: '请联系技术支持。' } }, { ActionOffline: { ...clean.en, remediation: 'Contact support.' } }),
  },
  {
    rule: 'device-advice',
    bad: sample('tencent', { 'AuthFailure.SignatureExpire': { ...clean.zh, remediation: '请检查设备的日期和时间。' } }, { 'AuthFailure.SignatureExpire': { ...clean.en, remediation: "Check your device's date and time." } }),
    // Direct uploads to storage are signed in the browser: the device clock is a real cause there.
    good: sample('aliyun-oss', { RequestTimeTooSkewed: { ...clean.zh, remediation: '请检查设备的日期和时间，然后重新上传。' } }, { RequestTimeTooSkewed: { ...clean.en, remediation: "Check your device's date and time, then upload again." } }),
  },
  {
    rule: 'network-advice',
    bad: sample('tencent', { IpNotInWhitelist: { ...clean.zh, remediation: '请换个网络后重试。' } }, { IpNotInWhitelist: { ...clean.en, remediation: 'Try again from another network.' } }),
    good: sample('common', { synthetic: { NetworkError: { ...clean.zh, remediation: '请检查网络连接，或换个网络后重试。' } } }, { synthetic: { NetworkError: { ...clean.en, remediation: 'Check your connection or try another network.' } } }),
  },
  {
    rule: 'informal-you',
    bad: sample('huawei', { X: { ...clean.zh, remediation: '你可以联系技术支持。' } }, { X: clean.en }),
    good: sample('huawei', { X: { ...clean.zh, remediation: '您可以联系技术支持。' } }, { X: clean.en }),
  },
  {
    rule: 'field-name',
    bad: sample(
      'tencent',
      { 'InvalidParameterValue.VodSessionKey': { ...clean.zh, description: 'VodSessionKey 中的上传会话已失效。' }, InvalidParameter: { ...clean.zh, description_parameter: '{{parameter}} 一项不符合要求。' } },
      { 'InvalidParameterValue.VodSessionKey': { ...clean.en, description: 'The upload session in VodSessionKey is no longer valid.' }, InvalidParameter: { ...clean.en, description_parameter: 'The value of {{parameter}} is not valid.' } },
    ).concat(
      // {{parameter}} in the plain developerDetail would show empty whenever no parameter is known.
      sample('tencent', { MissingParameter: { ...clean.zh, developerDetail: '缺少参数 {{parameter}}。' } }, { MissingParameter: { ...clean.en, developerDetail: 'Missing {{parameter}}.' } }),
    ),
    good: sample(
      'tencent',
      { 'InvalidParameterValue.VodSessionKey': { ...clean.zh, description: '上传会话已失效。', developerDetail: 'VodSessionKey 无效。', developerDetail_parameter: '{{parameter}} 无效。' } },
      { 'InvalidParameterValue.VodSessionKey': { ...clean.en, description: 'The upload session is no longer valid.', developerDetail: 'VodSessionKey is invalid.', developerDetail_parameter: '{{parameter}} is invalid.' } },
    ),
  },
  {
    rule: 'placeholder-parity',
    bad: sample('aliyun', { X: { ...clean.zh, developerDetail: '资源不存在。' } }, { X: clean.en }),
    good: sample('aliyun', { X: clean.zh }, { X: clean.en }),
  },
  {
    rule: 'length',
    bad: sample('aliyun', { X: { ...clean.zh, title: '这个标题远远超过了十六个汉字的长度上限因此不合格' } }, { X: { ...clean.en, title: 'A title far too long to fit in a toast on a phone screen' } }),
    good: sample('aliyun', { X: clean.zh }, { X: clean.en }),
  },
  {
    rule: 'punctuation',
    bad: sample('aliyun', { X: { ...clean.zh, remediation: '请刷新列表,然后重新选择视频.' } }, { X: { ...clean.en, remediation: 'Refresh the list，then choose again.' } }),
    good: sample('aliyun', { X: clean.zh }, { X: clean.en }),
  },
  {
    rule: 'sentence-case',
    bad: sample('aliyun', { X: clean.zh }, { X: { ...clean.en, title: 'Video Not Found' } }),
    good: sample('aliyun', { X: clean.zh }, { X: { ...clean.en, title: 'RequestId not returned' } }),
  },
  {
    rule: 'fallback',
    // No description and no parent to take one from; no title at all.
    bad: sample('huawei', { 'VOD.10062': { remediation: clean.zh.remediation, developerDetail: clean.zh.developerDetail } }, { 'VOD.10062': { title: clean.en.title, remediation: clean.en.remediation, developerDetail: clean.en.developerDetail } }),
    // A child may omit description and remediation when its parent (in another file of the same provider) has them.
    good: [
      ...sample('tencent', { InvalidParameterValue: clean.zh }, { InvalidParameterValue: clean.en }),
      ...sample('tencent-parameters', { 'InvalidParameterValue.FileId': { title: clean.zh.title, developerDetail: clean.zh.developerDetail } }, { 'InvalidParameterValue.FileId': { title: clean.en.title, developerDetail: clean.en.developerDetail } }),
    ],
  },
  {
    rule: 'request-id',
    bad: sample('tencent-legacy', { '6000': { ...clean.zh, remediation: '请联系技术支持，并提供 RequestId。' } }, { '6000': { ...clean.en, remediation: 'Contact support and include the RequestId.' } }),
    // API 3.0 replies do carry one.
    good: sample('tencent', { InternalError: { ...clean.zh, remediation: '请联系技术支持，并提供 RequestId。' } }, { InternalError: { ...clean.en, remediation: 'Contact support and include the RequestId.' } }),
  },
];

describe('each rule of the text linter fires on a bad sample', () => {
  it('has a control for every rule', () => {
    expect(new Set(controls.map((control) => control.rule))).toEqual(new Set(ruleIds));
  });

  it.each(controls)('$rule reports the bad sample with file, code, field and text', ({ rule, bad }) => {
    const violations = lintTexts(bad, { rules: [rule] });
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) {
      expect(violation.rule).toBe(rule);
      expect(bad.some((text) => text.file === violation.file && text.code === violation.code)).toBe(true);
      expect(formatViolation(violation)).toContain(`/${violation.file}.json › ${violation.code} › ${violation.field}`);
    }
  });

  it.each(controls)('$rule accepts the near miss', ({ rule, good }) => {
    expect(lintTexts(good, { rules: [rule] }).map(formatViolation)).toEqual([]);
  });

  it('names the offending text in its report line', () => {
    const [violation] = lintTexts(sample('huawei', { X: { ...clean.zh, remediation: '你可以联系技术支持。' } }, { X: clean.en }), { rules: ['informal-you'] });
    expect(violation && formatViolation(violation)).toBe('zh-CN/huawei.json › X › remediation: 「你可以联系技术支持。」 (informal-you: write 您)');
  });

  it('counts violations per rule', () => {
    const counts = countByRule(lintTexts(controls.flatMap((control) => control.bad)));
    expect(ruleIds.every((rule) => counts[rule] > 0)).toBe(true);
  });
});

describe('the linter learns category and retryable from the kit’s core', () => {
  it.each([
    { file: 'tencent', code: 'MissingParameter', category: 'invalid-request', retryable: false },
    { file: 'tencent', code: 'RequestLimitExceeded', category: 'rate-limit', retryable: true },
    { file: 'aliyun', code: 'InvalidVideo.NotFound', category: 'not-found', retryable: false },
    { file: 'huawei', code: 'VOD.10062', category: 'not-found', retryable: false },
    { file: 'tencent-legacy', code: '20108', category: 'conflict', retryable: false },
    { file: 'tencent-legacy', code: '4400', category: 'rate-limit', retryable: true },
    { file: 'common', code: 'http > 503', category: 'unavailable', retryable: true },
    { file: 'common', code: 'category > quota', category: 'quota', retryable: false },
  ])('$file $code is $category, retryable $retryable', ({ file, code, category, retryable }) => {
    expect(classifyEntry({ file, code })).toMatchObject({ category, retryable });
  });
});
