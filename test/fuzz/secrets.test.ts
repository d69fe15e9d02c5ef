// Real credential forms of all three providers, with random values on every run, in every
// shape a caught value takes: none may reach what the kit shows, copies or reports.
import { afterAll, describe, expect, it } from 'vitest';
import { buildSupportReport, normalizeVodError, normalizeVodErrorAsync, redactSecrets, redactUrl, type VodError } from '../../src/core';
import { formatVodError } from '../../src/i18n/format-vod-error';
import { recordFigures } from './fuzz-runs';
import { SECRET_SHAPES, secretSamples, type SecretSample } from './secret-corpus';
import { leakedPart } from './secret-embedding';

/** Rounds of fresh random values per run. */
const ROUNDS = 5;

/** What a user, a support agent or a telemetry service gets to see of an error. */
function displayed(error: VodError): Record<string, string> {
  const text = formatVodError(error);
  const { cause: _cause, ...reported } = error;
  return {
    code: error.code,
    message: error.message,
    requestId: error.requestId ?? '',
    hostId: error.hostId ?? '',
    traceId: error.traceId ?? '',
    subCode: error.subCode ?? '',
    params: JSON.stringify(error.params),
    links: error.links.map((link) => link.url).join(' '),
    texts: [text.title, text.description, text.remediation, text.developerDetail].join('\n'),
    'onError payload': JSON.stringify(reported),
  };
}

function findLeaks(where: Record<string, string>, sample: SecretSample): string[] {
  const leaks: string[] = [];
  for (const secret of sample.secrets) {
    for (const [field, value] of Object.entries(where)) {
      const leak = leakedPart(value, secret);
      if (leak !== undefined) leaks.push(`${field} shows "${leak}"`);
    }
  }
  return leaks;
}

let secretsTried = 0;
const combinations = SECRET_SHAPES.length * secretSamples().length;

describe('credentials never reach what the kit shows, copies or reports', () => {
  for (const [shapeName, build] of SECRET_SHAPES) {
    it(`keeps every provider's credentials out of the model, texts and onError payload when they arrive as: ${shapeName}`, () => {
      const leaks: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const sample of secretSamples()) {
          const error = normalizeVodError(build(sample.text));
          for (const leak of findLeaks(displayed(error), sample)) leaks.push(`${sample.name}: ${leak}`);
          secretsTried += sample.secrets.length;
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  it('keeps them out of the support report, page URL tokens and fragment included', () => {
    const leaks: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const samples = secretSamples();
      const page = samples.find((sample) => sample.name.startsWith('page URL')) as SecretSample;
      for (const sample of samples) {
        for (const [shapeName, build] of SECRET_SHAPES) {
          const error = normalizeVodError(build(sample.text));
          const report = buildSupportReport(error, { pageUrl: page.text, developerDetail: formatVodError(error).developerDetail, userAgent: sample.text });
          for (const secret of [...sample.secrets, ...page.secrets]) {
            const leak = leakedPart(report, secret);
            if (leak !== undefined) leaks.push(`${sample.name} as ${shapeName}: the report shows "${leak}"`);
            secretsTried++;
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps them out of models read from fetch Responses (normalizeVodErrorAsync)', async () => {
    const leaks: string[] = [];
    for (const sample of secretSamples()) {
      const response = new Response(JSON.stringify({ Code: 'SignatureDoesNotMatch', HostId: 'vod.cn-shanghai.aliyuncs.com', Message: sample.text }), {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-acs-request-id': 'req-async' },
      });
      Object.defineProperty(response, 'url', { value: sample.text });
      const error = await normalizeVodErrorAsync(response);
      for (const leak of findLeaks(displayed(error), sample)) leaks.push(`${sample.name}: ${leak}`);
      secretsTried += sample.secrets.length;
    }
    expect(leaks).toEqual([]);
  });

  it('redactUrl drops the fragment and every credential of a page URL', () => {
    for (let round = 0; round < ROUNDS; round++) {
      const page = secretSamples().find((sample) => sample.name.startsWith('page URL')) as SecretSample;
      const redacted = redactUrl(page.text);
      expect(redacted).not.toContain('#');
      expect(redacted.startsWith('https://app.example.com/videos/upload?')).toBe(true);
      for (const secret of page.secrets) expect(leakedPart(redacted, secret)).toBeUndefined();
      secretsTried += page.secrets.length;
    }
  });

  it(`tried every credential form in every shape (${combinations} combinations, ${ROUNDS} rounds of fresh values)`, () => {
    expect(combinations).toBeGreaterThanOrEqual(300);
    expect(secretsTried).toBeGreaterThanOrEqual(ROUNDS * combinations * 2);
  });
});

// Concatenations the fuzzing in normalize.fuzz.test.ts keeps out of its random noise, because
// a message would not hold them; the redactor still handles them.
describe('redactSecrets on credentials packed against each other', () => {
  it.each([
    ['an empty value followed by another pair', 'Signature= AccessKeyId = SECRETVALUE1234567'],
    ['an empty quoted value followed by a JSON pair', 'Signature= "AccessKeyId": "SECRETVALUE1234567"'],
    ['a value running into the next name', 'token=#AccessKeyId=SECRETVALUE1234567'],
    ['a closing quote right before the next name', '"token":"a""AccessKeyId":"SECRETVALUE1234567"'],
    ['a percent-encoded query inside a query', 'redirect=%2Fcb%3Fx%3D1%26AccessKeyId%3DSECRETVALUE1234567'],
    ['column-aligned headers', 'X-Auth-Token:                                  SECRETVALUE1234567'],
    ['JSON inside a JSON string', '{\\"SecurityToken\\":\\"SECRETVALUE1234567\\"}'],
    ['a quote that is never closed', 'Message: "password":"SECRETVALUE1234567'],
  ])('removes the value when %s', (_name, text) => {
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain('SECRETVALUE');
    expect(redacted).toContain('[REDACTED]');
    // Idempotent: the support report redacts text the model already redacted.
    expect(redactSecrets(redacted)).toBe(redacted);
  });
});

afterAll(() => {
  recordFigures([{ suite: 'secrets', category: `${combinations} credential form × shape combinations, ${ROUNDS} rounds`, inputs: secretsTried, maxMs: 0, meanMs: 0, remeasured: 0 }]);
});
