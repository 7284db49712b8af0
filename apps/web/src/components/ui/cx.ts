/**
 * Joins class names, skipping falsy ones, so conditional classes read as one expression.
 *
 * @example
 * cx('rounded-lg', active && 'bg-brand-50', disabled ? 'opacity-60' : undefined) // 'rounded-lg bg-brand-50'
 */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
