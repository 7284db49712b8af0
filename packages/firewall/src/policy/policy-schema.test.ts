import { isAppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './default-policy.js';
import { parsePolicy } from './parse-policy.js';
import { PolicySchema } from './policy-schema.js';

function issuesOf(input: unknown): string[] {
  try {
    parsePolicy(input);
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.code).toBe('VALIDATION_FAILED');
    const issues = (error.details?.issues ?? []) as { path: string; message: string }[];
    return issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
}

describe('policy schema', () => {
  it('fills in defaults for a minimal policy', () => {
    expect(parsePolicy({ version: 1 })).toEqual({
      version: 1,
      mode: 'enforce',
      detectors: {},
      allowlist: { domains: [], patterns: [] },
      customRegexes: [],
      bannedWords: [],
    });
  });

  it('accepts a full policy', () => {
    const policy = parsePolicy({
      version: 1,
      mode: 'shadow',
      detectors: {
        pii: { action: 'pseudonymize', directions: ['input', 'output'], options: { types: ['EMAIL', 'IBAN'] } },
        urls: { action: 'block', threshold: 0.5, directionActions: { input: 'allow' } },
        secrets: { enabled: false },
      },
      allowlist: { domains: ['intranet.example'], patterns: ['test@example\\.org'] },
      customRegexes: [{ id: 'employee-id', pattern: 'EMP-\\d{6}', action: 'redact' }],
      bannedWords: ['Bombe'],
      maxLength: 32_000,
    });
    expect(policy.detectors.pii?.enabled).toBe(true);
    expect(policy.customRegexes[0]).toMatchObject({ category: 'custom', severity: 'medium' });
  });

  it('rejects unknown versions, detectors, fields and detector options', () => {
    expect(issuesOf({ version: 2 })).toHaveLength(1);
    expect(issuesOf({ version: 1, detectors: { telepathy: { action: 'block' } } })[0]).toMatch(
      /unknown detector "telepathy"/,
    );
    expect(issuesOf({ version: 1, detectors: { pii: { action: 'shred' } } })).toHaveLength(1);
    expect(issuesOf({ version: 1, colour: 'red' })).toHaveLength(1);
    expect(issuesOf({ version: 1, detectors: { pii: { options: { types: ['NAME'] } } } })[0]).toMatch(
      /^detectors\.pii\.options\.types\.0/,
    );
  });

  it('rejects custom patterns that do not compile, could backtrack catastrophically, or repeat an id', () => {
    expect(issuesOf({ version: 1, customRegexes: [{ id: 'a', pattern: '(', action: 'block' }] })[0]).toMatch(
      /not a valid/,
    );
    expect(issuesOf({ version: 1, customRegexes: [{ id: 'a', pattern: '(a+)+$', action: 'block' }] })[0]).toMatch(
      /backtrack/,
    );
    expect(
      issuesOf({ version: 1, customRegexes: [{ id: 'a', pattern: 'x', flags: 'g', action: 'block' }] }),
    ).toHaveLength(1);
    const twice = { id: 'a', pattern: 'x', action: 'block' };
    expect(issuesOf({ version: 1, customRegexes: [twice, twice] })[0]).toMatch(/duplicate id/);
    expect(issuesOf({ version: 1, allowlist: { patterns: ['(.*)*'] } })[0]).toMatch(/backtrack/);
  });

  it('the default policy is valid, configures every detector and cannot be changed', () => {
    expect(PolicySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(Object.keys(DEFAULT_POLICY.detectors).sort()).toEqual(
      [
        'banned-words',
        'custom-regex',
        'injection',
        'invisible-text',
        'max-length',
        'pii',
        'secrets',
        'system-prompt-leakage',
        'urls',
      ].sort(),
    );
    expect(Object.isFrozen(DEFAULT_POLICY.detectors)).toBe(true);
  });
});
