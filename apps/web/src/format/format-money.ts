import type { MinorUnits } from '@sigmacode/core';

/**
 * Formats an amount in minor units (cents) as currency.
 *
 * @example
 * formatMoney({ minor: 999, currency: 'USD', locale: 'de-DE' }) // '9,99 $'
 */
export function formatMoney({
  minor,
  currency,
  locale,
}: {
  minor: MinorUnits;
  currency: string;
  locale: string;
}): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}
