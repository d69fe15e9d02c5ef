import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normalizeVodError, vodErrorCatalog } from '../../src/core';
import { formatVodError } from '../../src/i18n';
import { cosHeaders, cosXml, obsHeaders, obsXml, ossHeaders, ossXml } from '../fixtures/storage-replies';

const services = [
  ['aliyun-oss', vodErrorCatalog.aliyunOss, ossXml, ossHeaders],
  ['tencent-cos', vodErrorCatalog.tencentCos, cosXml, cosHeaders],
  ['huawei-obs', vodErrorCatalog.huaweiObs, obsXml, obsHeaders],
] as const;
const LANGUAGES = ['en-US', 'zh-CN'] as const;
// Reasons read from a message, never sent as a code: explained through `subCode`.
const MESSAGE_REASONS = new Set(['RequestExpired', 'ExpiredToken']);

describe('every storage code an upload meets has its own texts in both languages', () => {
  const cases = services.flatMap(([file, table, xml, headers]) =>
    Object.keys(table)
      .filter((code) => !MESSAGE_REASONS.has(code))
      .flatMap((code) => LANGUAGES.map((lng) => [file, code, lng, { xml, headers }] as const)),
  );

  it.each(cases)('%s %s (%s)', (_file, code, lng, { xml, headers }) => {
    const text = formatVodError(normalizeVodError({ status: 400, headers, body: xml(code, 'a storage error') }), { lng });
    expect(text.source).toBe('code');
    for (const field of [text.title, text.description, text.remediation, text.developerDetail]) expect(field.trim()).not.toBe('');
  });

  it.each(services.flatMap(([file, , xml, headers]) => LANGUAGES.map((lng) => [file, lng, xml, headers] as const)))(
    '%s "Request has expired" speaks of an expired upload session (%s)',
    (_file, lng, xml, headers) => {
      const text = formatVodError(normalizeVodError({ status: 403, headers, body: xml('AccessDenied', 'Request has expired') }), { lng });
      expect(text.source).toBe('subCode');
      expect(text.title).toBe(lng === 'en-US' ? 'Upload session expired' : '上传已过期');
    },
  );

  it.each(services.flatMap(([file, , xml, headers]) => LANGUAGES.map((lng) => [file, lng, xml, headers] as const)))(
    '%s RequestTimeTooSkewed names the device clock (%s)',
    (_file, lng, xml, headers) => {
      const text = formatVodError(normalizeVodError({ status: 403, headers, body: xml('RequestTimeTooSkewed', 'skewed') }), { lng });
      expect(text.remediation).toMatch(lng === 'en-US' ? /device's date and time/ : /设备的日期和时间/);
    },
  );

  it.each(services.flatMap(([file]) => LANGUAGES.map((lng) => [file, lng] as const)))('locales/%s.json stays within 8 KB gzip (%s)', (file, lng) => {
    const bytes = gzipSync(readFileSync(new URL(`../../locales/${lng}/${file}.json`, import.meta.url)), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
  });
});
