import { describe, expect, it } from 'vitest';
import type { Finding } from '../verdict.js';
import { createPseudonymVault } from './create-pseudonym-vault.js';
import { redactText } from './redact-text.js';

function finding(text: string, value: string, type: string, from = 0): Finding {
  const start = text.indexOf(value, from);
  return {
    detector: 'pii',
    category: 'pii',
    severity: 'medium',
    type,
    score: 0.5,
    start,
    end: start + value.length,
    action: 'redact',
    message: '',
  };
}

describe('createPseudonymVault', () => {
  it('gives each distinct value a stable placeholder and restores them', () => {
    const text = 'jane@example.org schrieb an bob@example.org und nochmal an jane@example.org; Tel. 030 1234567';
    const vault = createPseudonymVault();
    const findings = [
      finding(text, 'jane@example.org', 'EMAIL'),
      finding(text, 'bob@example.org', 'EMAIL'),
      finding(text, 'jane@example.org', 'EMAIL', 30),
      finding(text, '030 1234567', 'PHONE'),
    ];
    const masked = vault.pseudonymize({ text, findings });
    expect(masked).toBe('<EMAIL_1> schrieb an <EMAIL_2> und nochmal an <EMAIL_1>; Tel. <PHONE_1>');
    expect(vault.size).toBe(3);
    expect(vault.restore('Ich habe <EMAIL_2> und <PHONE_1> informiert, nicht <EMAIL_9> oder <b>.')).toBe(
      'Ich habe bob@example.org und 030 1234567 informiert, nicht <EMAIL_9> oder <b>.',
    );
  });

  it('keeps placeholders stable across calls of one vault', () => {
    const vault = createPseudonymVault();
    const first = 'mail a@b.example';
    const second = 'again a@b.example and c@d.example';
    vault.pseudonymize({ text: first, findings: [finding(first, 'a@b.example', 'EMAIL')] });
    expect(
      vault.pseudonymize({
        text: second,
        findings: [finding(second, 'a@b.example', 'EMAIL'), finding(second, 'c@d.example', 'EMAIL')],
      }),
    ).toBe('again <EMAIL_1> and <EMAIL_2>');
  });
});

describe('redactText', () => {
  it('merges overlapping ranges and uses the longest one’s replacement', () => {
    expect(
      redactText({
        text: '0123456789',
        replacements: [
          { start: 2, end: 4, text: '[A]' },
          { start: 3, end: 8, text: '[B]' },
          { start: 9, end: 10, text: '' },
        ],
      }),
    ).toBe('01[B]8');
  });
});
