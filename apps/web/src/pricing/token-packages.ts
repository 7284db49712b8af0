import type { MinorUnits, TokenAmount } from '@sigmacode/core';

export interface TokenPackage {
  id: 'starter' | 'pro' | 'business' | 'enterprise';
  tokens: TokenAmount;
  /** Price in US cents. */
  priceMinor: MinorUnits;
  currency: 'USD';
}

/**
 * The public token packages shown on the landing page. The ledger owns the authoritative list; once the
 * server exposes it over the API, the landing page should read it from there.
 */
export const TOKEN_PACKAGES = [
  { id: 'starter', tokens: 1_000, priceMinor: 999, currency: 'USD' },
  { id: 'pro', tokens: 10_000, priceMinor: 7_999, currency: 'USD' },
  { id: 'business', tokens: 50_000, priceMinor: 29_999, currency: 'USD' },
  { id: 'enterprise', tokens: 200_000, priceMinor: 99_999, currency: 'USD' },
] as const satisfies readonly TokenPackage[];
