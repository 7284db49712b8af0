import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import { cx } from './cx';

export interface TabItem<V extends string> {
  value: V;
  label: string;
  content: ReactNode;
  /** Hidden tabs are left out entirely (e.g. the audit log for members who may not read it). */
  hidden?: boolean;
  /** Keep the panel mounted (only hidden) while another tab shows, so unsaved edits in it survive a tab switch. */
  keepMounted?: boolean;
}

/**
 * Tabs (Radix): arrow keys move between tabs, each panel is labelled by its tab.
 *
 * @example
 * <Tabs label="Settings" value={tab} onValueChange={setTab} items={[{ value: 'profile', label: 'Profile', content: <Profile /> }]} />
 */
export function Tabs<V extends string>({
  label,
  items,
  value,
  onValueChange,
}: {
  label: string;
  items: TabItem<V>[];
  value: V;
  onValueChange: (value: V) => void;
}) {
  const visible = items.filter((item) => !item.hidden);
  return (
    <RadixTabs.Root value={value} onValueChange={(next) => onValueChange(next as V)}>
      <RadixTabs.List
        aria-label={label}
        className="-mx-1 flex gap-1 overflow-x-auto border-zinc-200 border-b px-1 dark:border-zinc-800"
      >
        {visible.map((item) => (
          <RadixTabs.Trigger
            key={item.value}
            value={item.value}
            className={cx(
              '-mb-px whitespace-nowrap border-transparent border-b-2 px-3 py-2 font-medium text-sm text-zinc-600 hover:text-zinc-900',
              'data-[state=active]:border-brand-600 data-[state=active]:text-brand-700',
              'dark:text-zinc-400 dark:data-[state=active]:border-brand-400 dark:data-[state=active]:text-brand-300 dark:hover:text-zinc-100',
            )}
          >
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {visible.map((item) => (
        <RadixTabs.Content
          key={item.value}
          value={item.value}
          className="pt-6 focus:outline-none data-[state=inactive]:hidden"
          {...(item.keepMounted ? { forceMount: true as const } : {})}
        >
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
