import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { invisibleKind } from './invisible-characters.js';
import { toOriginalRange } from './mapped-text.js';

describe('cleanText', () => {
  it('returns plain ASCII unchanged and without a map', () => {
    const { view, invisible } = cleanText('plain text\nline two');
    expect(view.text).toBe('plain text\nline two');
    expect(view.starts).toBeNull();
    expect(invisible).toEqual([]);
  });

  it('folds fullwidth and mathematical letters with NFKC', () => {
    expect(cleanText('Ｐａｙｐａｌ 𝐢𝐠𝐧𝐨𝐫𝐞 ①').view.text).toBe('Paypal ignore 1');
  });

  it('removes invisible characters and reports them at their original offsets', () => {
    const text = 'pa\u200Bss\u{E0041}word';
    const { view, invisible } = cleanText(text);
    expect(view.text).toBe('password');
    expect(invisible.map((char) => [char.kind, char.start, char.end])).toEqual([
      ['zero_width', 2, 3],
      ['tag', 5, 7],
    ]);
  });

  it('maps ranges of the clean text back to the original', () => {
    const text = 'x ｊａｎｅ\u200B@example.org y';
    const { view } = cleanText(text);
    const start = view.text.indexOf('jane');
    const end = view.text.indexOf(' y');
    const range = toOriginalRange({ view, start, end });
    expect(text.slice(range.start, range.end)).toBe('ｊａｎｅ\u200B@example.org');
  });

  it('keeps German umlauts and ß as they are', () => {
    expect(cleanText('Straße, Größe, Übung').view.text).toBe('Straße, Größe, Übung');
  });

  it('finds every invisible character, also in texts that are otherwise already normalized', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || !invisibleKind(cp)) continue;
      if (cleanText(`x${String.fromCodePoint(cp)}y`).invisible.length !== 1) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
