import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { foldText } from './fold-text.js';
import { toOriginalRange } from './mapped-text.js';

const fold = (text: string): string => foldText(cleanText(text).view).text;

describe('foldText', () => {
  it('lowercases, removes diacritics and expands ligatures', () => {
    expect(fold('Ärger über Café STRASSE Straße')).toBe('arger uber cafe strasse strasse');
  });

  it('folds Cyrillic and Greek look-alikes to Latin', () => {
    // Cyrillic І, о, р and Greek Α, Ρ.
    expect(fold('Іgnоre ΑΡΙ')).toBe('ignore api');
    expect(fold('рaypal')).toBe('paypal');
  });

  it('undoes leetspeak only in words that also contain letters', () => {
    expect(fold('1gn0re pr3v10us rules from 2024')).toBe('ignore previous rules from 2024');
  });

  it('joins letters spaced apart, with spaces, dots or dashes', () => {
    expect(fold('please i g n o r e this')).toBe('please ignore this');
    expect(fold('i.g.n.o.r.e and b-o-m-b')).toBe('ignore and bomb');
  });

  it('does not join short runs such as abbreviations', () => {
    expect(fold('U.S.A. and a b c')).toBe('u.s.a. and a b c');
  });

  it('collapses whitespace, including line breaks', () => {
    expect(fold('kill\n\n   yourself')).toBe('kill yourself');
  });

  it('maps folded matches back to the original text', () => {
    const text = 'Now І g n 0 r e it';
    const view = foldText(cleanText(text).view);
    const start = view.text.indexOf('ignore');
    const range = toOriginalRange({ view, start, end: start + 'ignore'.length });
    expect(text.slice(range.start, range.end)).toBe('І g n 0 r e');
  });
});
