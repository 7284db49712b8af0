import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromTag } from './detect-language';

describe('language detection', () => {
  it('maps German browser languages to German and everything else to English', () => {
    expect(languageFromTag('de-DE')).toBe('de');
    expect(languageFromTag('de')).toBe('de');
    expect(languageFromTag('DE-ch')).toBe('de');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('fr')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('prefers a valid stored choice over the browser language', () => {
    expect(detectLanguage({ stored: 'en', browser: 'de-DE' })).toBe('en');
    expect(detectLanguage({ stored: 'de', browser: 'en-US' })).toBe('de');
  });

  it('ignores an invalid stored value', () => {
    expect(detectLanguage({ stored: 'fr', browser: 'de-DE' })).toBe('de');
    expect(detectLanguage({ stored: null, browser: 'fr' })).toBe('en');
  });
});
