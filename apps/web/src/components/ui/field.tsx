import type { ReactNode } from 'react';
import { cx } from './cx';

export interface FieldProps {
  /** The id of the control inside; the label points at it and hint/error ids derive from it. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  /** Render prop: receives the `aria-describedby` and `aria-invalid` the control must carry. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A labelled form control with an optional hint and error, wired for screen readers.
 *
 * @example
 * <Field id="name" label={t('register.name')} error={errors.name}>
 *   {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
 * </Field>
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('space-y-1.5', className)}>
      <label htmlFor={id} className="block font-medium text-sm text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-red-600 text-xs dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
