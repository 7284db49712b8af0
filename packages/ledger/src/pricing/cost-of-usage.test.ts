import { describe, expect, it } from 'vitest';
import { costOfUsage } from './cost-of-usage.js';

describe('costOfUsage', () => {
  const price = { promptPer1k: 2n, completionPer1k: 6n };

  it('charges per 1,000 tokens and rounds a fraction of a token up', () => {
    expect(costOfUsage({ promptTokens: 1_000, completionTokens: 1_000, price })).toBe(8n);
    expect(costOfUsage({ promptTokens: 1_200, completionTokens: 300, price })).toBe(5n); // 2.4 + 1.8 = 4.2
    expect(costOfUsage({ promptTokens: 1, completionTokens: 0, price })).toBe(1n);
    expect(costOfUsage({ promptTokens: 500, completionTokens: 0, price })).toBe(1n); // exactly 1.0
    expect(costOfUsage({ promptTokens: 501, completionTokens: 0, price })).toBe(2n);
  });

  it('is zero for no usage or a free model', () => {
    expect(costOfUsage({ promptTokens: 0, completionTokens: 0, price })).toBe(0n);
    expect(
      costOfUsage({ promptTokens: 10_000, completionTokens: 10_000, price: { promptPer1k: 0n, completionPer1k: 0n } }),
    ).toBe(0n);
  });

  it('stays exact beyond the range of a double', () => {
    const tokens = 2n ** 60n;
    expect(
      costOfUsage({ promptTokens: tokens, completionTokens: 0n, price: { promptPer1k: 1_000n, completionPer1k: 0n } }),
    ).toBe(tokens);
  });

  it('refuses negative or fractional token counts', () => {
    expect(() => costOfUsage({ promptTokens: -1, completionTokens: 0, price })).toThrow(/promptTokens/);
    expect(() => costOfUsage({ promptTokens: 0, completionTokens: 1.5, price })).toThrow(/completionTokens/);
  });
});
