import { CircleCheck, Info, type LucideIcon, ShieldAlert, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cx } from './cx';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<NoticeTone, { box: string; icon: LucideIcon; iconClass: string }> = {
  info: {
    box: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900/60 dark:bg-sky-950/40 dark:text-sky-100',
    icon: Info,
    iconClass: 'text-sky-600 dark:text-sky-400',
  },
  success: {
    box: 'border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-100',
    icon: CircleCheck,
    iconClass: 'text-emerald-600 dark:text-emerald-400',
  },
  warning: {
    box: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100',
    icon: ShieldAlert,
    iconClass: 'text-amber-600 dark:text-amber-400',
  },
  danger: {
    box: 'border-red-200 bg-red-50 text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100',
    icon: TriangleAlert,
    iconClass: 'text-red-600 dark:text-red-400',
  },
};

/**
 * An inline message box. Warnings and dangers are announced (`role="alert"`), info and success politely.
 *
 * @example
 * <Notice tone="warning" title="Blocked by the firewall">The message looked like a prompt injection.</Notice>
 */
export function Notice({
  tone = 'info',
  title,
  children,
  action,
  icon,
  className,
  testId,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  icon?: LucideIcon;
  className?: string;
  testId?: string;
}) {
  const style = TONES[tone];
  const Icon = icon ?? style.icon;
  return (
    <div
      role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'}
      data-testid={testId}
      className={cx('rounded-xl border p-4', style.box, className)}
    >
      <div className="flex gap-3">
        <Icon className={cx('mt-0.5 size-5 shrink-0', style.iconClass)} aria-hidden="true" />
        <div className="min-w-0 flex-1 text-sm">
          {title ? <p className="font-semibold">{title}</p> : null}
          {children ? <div className={cx(title ? 'mt-1' : '', 'opacity-90')}>{children}</div> : null}
          {action ? <div className="mt-3">{action}</div> : null}
        </div>
      </div>
    </div>
  );
}
