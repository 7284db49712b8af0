/**
 * A timestamp as the reader's locale writes it (date and time, short), or '—' for none.
 *
 * @example
 * formatDateTime({ value: '2025-05-01T10:00:00Z', locale: 'de-DE' }) // '01.05.25, 12:00'
 */
export function formatDateTime({ value, locale }: { value: string | null | undefined; locale: string }): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
