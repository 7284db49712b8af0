import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from './cx';

/**
 * A data table that scrolls sideways on small screens instead of breaking the layout.
 *
 * @example
 * <Table caption="API keys"><thead><tr><Th>Name</Th></tr></thead><tbody><tr><Td>CI</Td></tr></tbody></Table>
 */
export function Table({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  return (
    <div className={cx('-mx-1 overflow-x-auto px-1', className)}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A header cell. */
export function Th({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cx(
        'whitespace-nowrap border-zinc-200 border-b px-3 py-2 font-medium text-xs text-zinc-500 uppercase tracking-wide dark:border-zinc-800 dark:text-zinc-400',
        className,
      )}
      {...rest}
    />
  );
}

/** A body cell. */
export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td
      className={cx('border-zinc-100 border-b px-3 py-2.5 align-middle dark:border-zinc-800/70', className)}
      {...rest}
    />
  );
}

/** A body row with a hover tint. */
export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx('hover:bg-zinc-50 dark:hover:bg-zinc-800/40', className)} {...rest} />;
}
