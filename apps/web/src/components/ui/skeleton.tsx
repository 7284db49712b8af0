import { cx } from './cx';

/**
 * A grey placeholder block with a gentle pulse, shown while data loads. Hidden from screen readers; put a
 * `role="status"` text next to it for them.
 *
 * @example
 * <Skeleton className="h-8 w-32" />
 */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cx('rounded-md bg-zinc-200 motion-safe:animate-pulse dark:bg-zinc-800', className)}
    />
  );
}

/** Several skeleton lines with a screen-reader label saying what is loading. */
export function SkeletonRows({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity.
        <Skeleton key={index} className={cx('h-5', index % 2 ? 'w-2/3' : 'w-full')} />
      ))}
    </div>
  );
}
