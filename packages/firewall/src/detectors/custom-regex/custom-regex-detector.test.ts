import { describe, expect, it } from 'vitest';
import { coveredTexts, detectWith } from '../../testing/detect-with.js';
import { customRegexDetector } from './custom-regex-detector.js';

describe('custom-regex detector', () => {
  const policy = {
    customRegexes: [
      { id: 'employee-id', pattern: 'EMP-\\d{6}', action: 'redact' as const, category: 'pii' as const },
      { id: 'project', pattern: 'projekt\\s+falke', flags: 'i', action: 'block' as const, severity: 'high' as const },
    ],
  };

  it('reports matches with each pattern’s own action, category and severity', () => {
    const text = 'Mitarbeiter EMP-123456 arbeitet am Projekt  Falke.';
    const findings = detectWith({ detector: customRegexDetector, text, policy });
    expect(coveredTexts({ text, findings })).toEqual(['EMP-123456', 'Projekt  Falke']);
    expect(findings.map((finding) => [finding.type, finding.action, finding.category, finding.severity])).toEqual([
      ['employee-id', 'redact', 'pii', 'medium'],
      ['project', 'block', 'custom', 'high'],
    ]);
  });

  it('matches through invisible characters and inside decoded payloads', () => {
    const text = `id EMP-12\u200B3456 and ${Buffer.from('note: EMP-654321 here').toString('base64')}`;
    const findings = detectWith({ detector: customRegexDetector, text, policy });
    expect(findings.map((finding) => [finding.type, finding.source])).toEqual([
      ['employee-id', 'text'],
      ['employee-id', 'base64'],
    ]);
    expect(coveredTexts({ text, findings })[0]).toBe('EMP-12\u200B3456');
  });

  it('reports nothing without patterns or matches', () => {
    expect(detectWith({ detector: customRegexDetector, text: 'EMP-123456' })).toEqual([]);
    expect(detectWith({ detector: customRegexDetector, text: 'EMP-12345', policy })).toEqual([]);
  });
});
