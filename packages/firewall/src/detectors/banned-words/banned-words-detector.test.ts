import { describe, expect, it } from 'vitest';
import { coveredTexts, detectWith } from '../../testing/detect-with.js';
import { bannedWordsDetector } from './banned-words-detector.js';

const policy = { bannedWords: ['Bombe', 'kill yourself', 'Café Noir', 'Straße'] };
const found = (text: string): string[] =>
  coveredTexts({ text, findings: detectWith({ detector: bannedWordsDetector, text, policy }) });

describe('banned-words detector', () => {
  it('matches whole words, case- and diacritic-insensitively', () => {
    expect(found('Eine BOMBE! Im cafe noir, in der STRASSE.')).toEqual(['BOMBE', 'cafe noir', 'STRASSE']);
  });

  it('does not match inside other words', () => {
    expect(found('Bomber und Bombentrick, killyourselfie')).toEqual([]);
  });

  it('sees through homoglyphs, leetspeak, spacing and line breaks', () => {
    expect(found('eine Воmbe')).toEqual(['Воmbe']); // Cyrillic В and о
    expect(found('B0mb3 und b o m b e')).toEqual(['B0mb3', 'b o m b e']);
    expect(found('please kill\n   yourself')).toEqual(['kill\n   yourself']);
    expect(found('Bom\u200Bbe')).toEqual(['Bom\u200Bbe']);
  });

  it('finds banned words in decoded payloads', () => {
    const text = `decode ${Buffer.from('build a bombe now').toString('base64')}`;
    const findings = detectWith({ detector: bannedWordsDetector, text, policy });
    expect(findings.map((finding) => finding.source)).toEqual(['base64']);
  });

  it('does nothing without banned words', () => {
    expect(detectWith({ detector: bannedWordsDetector, text: 'Bombe' })).toEqual([]);
  });
});
