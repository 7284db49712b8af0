import type { FirewallMode } from '../../../api/firewall-schemas';
import { FIREWALL_MODES } from '../../../api/firewall-schemas';
import { cx } from '../../../components/ui';
import { useT } from '../../../i18n';

/**
 * The firewall mode as three radio cards (arrow keys move between them, as in any radio group).
 *
 * @example
 * <ModeSwitch name="org-mode" value={mode} onChange={setMode} disabled={!canManage} />
 */
export function ModeSwitch({
  name,
  value,
  onChange,
  disabled = false,
}: {
  name: string;
  value: FirewallMode;
  onChange: (mode: FirewallMode) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">{t('firewall.mode.legend')}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {FIREWALL_MODES.map((mode) => {
          const checked = value === mode;
          return (
            <label
              key={mode}
              className={cx(
                'relative flex cursor-pointer flex-col rounded-xl border p-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500',
                checked
                  ? mode === 'off'
                    ? 'border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950/40'
                    : mode === 'shadow'
                      ? 'border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40'
                      : 'border-brand-500 bg-brand-50 dark:border-brand-400 dark:bg-brand-950/60'
                  : 'border-zinc-200 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-800/50',
                disabled && 'cursor-not-allowed opacity-70',
              )}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name={name}
                  value={mode}
                  checked={checked}
                  onChange={() => onChange(mode)}
                  className="size-4 accent-brand-600"
                />
                <span className="font-semibold text-sm">{t(`firewall.mode.${mode}`)}</span>
              </span>
              <span className="mt-1 pl-6 text-xs text-zinc-600 dark:text-zinc-400">
                {t(`firewall.mode.${mode}.body`)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
