import { TOKEN_PACKAGES } from '@sigmacode/ledger';
import { type TokenPackage, TokenPackageSchema } from './billing-schemas.js';
import { toTokenNumber } from './to-token-number.js';

/**
 * The token packages for sale, as the console shows them. Needs no Stripe: prices come from the ledger's table.
 *
 * @example
 * listTokenPackages()[0] // { id: 'starter', name: 'Starter', tokens: 1000, amountCents: 999, currency: 'usd', modes: [...] }
 */
export function listTokenPackages(): TokenPackage[] {
  return TOKEN_PACKAGES.map((tokenPackage) =>
    TokenPackageSchema.parse({
      id: tokenPackage.id,
      name: tokenPackage.name,
      tokens: toTokenNumber(tokenPackage.tokens),
      amountCents: tokenPackage.amountCents,
      currency: tokenPackage.currency,
      modes: [...tokenPackage.modes],
    }),
  );
}
