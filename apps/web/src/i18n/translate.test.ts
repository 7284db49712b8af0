import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { createTranslator } from './translate';

describe('createTranslator', () => {
  it('looks messages up in the given dictionary', () => {
    expect(createTranslator({ messages: de })('nav.overview')).toBe('Übersicht');
    expect(createTranslator({ messages: en })('nav.overview')).toBe('Overview');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator({ messages: en });
    expect(t('pricing.tokens', { count: '1,000' })).toBe('1,000 tokens');
    expect(t('pricing.tokens', {})).toBe('{count} tokens');
  });
});
