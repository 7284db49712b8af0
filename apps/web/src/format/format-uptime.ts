const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

/**
 * A compact, localized uptime with at most the two largest non-zero units.
 *
 * @example
 * formatUptime({ seconds: 93_784, locale: 'en-US' }) // '1d 2h'
 */
export function formatUptime({ seconds, locale }: { seconds: number; locale: string }): string {
  let rest = Math.max(0, Math.floor(seconds));
  const parts: string[] = [];
  for (const { unit, seconds: size } of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0 && parts.length < 2) {
      parts.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow' }).format(amount));
    }
    if (parts.length > 0 && amount === 0) break;
  }
  if (parts.length === 0) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'narrow' }).format(0);
  }
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
}
