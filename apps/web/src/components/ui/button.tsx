import { LoaderCircle } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

const BASE =
  'inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 whitespace-nowrap';
const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'border border-transparent bg-brand-600 text-white shadow-sm hover:bg-brand-500 disabled:hover:bg-brand-600',
  secondary:
    'border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800',
  ghost:
    'border border-transparent text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100',
  danger: 'border border-transparent bg-red-600 text-white shadow-sm hover:bg-red-500 disabled:hover:bg-red-600',
};
const SIZES: Record<ButtonSize, string> = { sm: 'px-2.5 py-1.5 text-sm', md: 'px-4 py-2 text-sm' };

/**
 * The classes of a button, for links that should look like one.
 *
 * @example
 * <Link to="/register" className={buttonClass({ variant: 'primary' })}>Create an account</Link>
 */
export function buttonClass({
  variant = 'secondary',
  size = 'md',
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string | undefined;
} = {}): string {
  return cx(BASE, VARIANTS[variant], SIZES[size], className);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, disables the button and sets `aria-busy`. */
  loading?: boolean;
  icon?: ReactNode;
}

/**
 * A button; `type="button"` unless told otherwise, so it never submits a form by accident.
 *
 * @example
 * <Button variant="primary" loading={mutation.isPending} onClick={save}>Save</Button>
 */
export function Button({
  variant = 'secondary',
  size = 'md',
  loading = false,
  icon,
  className,
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClass({ variant, size, className })}
      {...rest}
    >
      {loading ? <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}
