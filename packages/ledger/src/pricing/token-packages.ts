/** How a package can be bought: once (Stripe `payment`) or every month (Stripe `subscription`). */
export type PurchaseMode = 'payment' | 'subscription';

export interface TokenPackage {
  id: string;
  name: string;
  /** Tokens credited per purchase, or per month for a subscription. */
  tokens: bigint;
  /** Price in the smallest unit of `currency` (cents). */
  amountCents: number;
  currency: 'usd';
  modes: readonly PurchaseMode[];
}

/**
 * The token packages on sale. Each is sold once or as a monthly subscription at the same price.
 *
 * @example
 * const pro = TOKEN_PACKAGES.find((pkg) => pkg.id === 'pro') // 10,000 tokens for 7999 cents
 */
export const TOKEN_PACKAGES = [
  {
    id: 'starter',
    name: 'Starter',
    tokens: 1_000n,
    amountCents: 999,
    currency: 'usd',
    modes: ['payment', 'subscription'],
  },
  { id: 'pro', name: 'Pro', tokens: 10_000n, amountCents: 7_999, currency: 'usd', modes: ['payment', 'subscription'] },
  {
    id: 'business',
    name: 'Business',
    tokens: 50_000n,
    amountCents: 29_999,
    currency: 'usd',
    modes: ['payment', 'subscription'],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    tokens: 200_000n,
    amountCents: 99_999,
    currency: 'usd',
    modes: ['payment', 'subscription'],
  },
] as const satisfies readonly TokenPackage[];

export type TokenPackageId = (typeof TOKEN_PACKAGES)[number]['id'];

/**
 * The package with this id, or undefined.
 *
 * @example
 * const pkg = findTokenPackage(session.metadata.packageId)
 */
export function findTokenPackage(id: string): (typeof TOKEN_PACKAGES)[number] | undefined {
  return TOKEN_PACKAGES.find((pkg) => pkg.id === id);
}
