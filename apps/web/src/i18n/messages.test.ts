import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

describe('message dictionaries', () => {
  it('German has exactly the keys of English', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty', () => {
    for (const [language, messages] of Object.entries({ en, de })) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
      }
    }
  });

  it('each German message uses the same placeholders as its English original', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
