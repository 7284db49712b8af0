import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { modelsQueryOptions } from '../../../api';
import { useT } from '../../../i18n';

const MAX_FALLBACKS = 3;

/**
 * Up to three fallback models, tried in order when the main model fails before answering. Models whose provider
 * is not configured cannot be picked.
 *
 * @example
 * <FallbackModels primary={form.model} value={form.fallbackModels} onChange={setFallbacks} disabled={false} />
 */
export function FallbackModels({
  primary,
  value,
  onChange,
  disabled,
  describedBy,
}: {
  primary: string;
  value: string[];
  onChange: (models: string[]) => void;
  disabled: boolean;
  describedBy?: string;
}) {
  const t = useT();
  const models = useQuery(modelsQueryOptions());
  const candidates = (models.data?.data ?? []).filter(
    (model) => model.capabilities.chat && model.id !== primary && (model.available || value.includes(model.id)),
  );
  const full = value.length >= MAX_FALLBACKS;
  return (
    <fieldset aria-describedby={describedBy} className="space-y-1">
      <legend className="mb-1.5 font-medium text-sm text-zinc-800 dark:text-zinc-200">
        {t('agents.field.fallbackModels')}
      </legend>
      {candidates.length === 0 && !models.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t('agents.field.noFallbacks')}{' '}
          <Link to="/dashboard/models" className="font-medium text-brand-600 hover:underline dark:text-brand-400">
            {t('agents.field.connectProvider')}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {candidates.map((model) => {
          const index = value.indexOf(model.id);
          const checked = index >= 0;
          return (
            <label
              key={model.id}
              className="flex cursor-pointer items-center gap-2 rounded-lg p-1.5 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
            >
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={checked}
                disabled={disabled || (!checked && (full || !model.available))}
                onChange={(event) =>
                  onChange(event.target.checked ? [...value, model.id] : value.filter((id) => id !== model.id))
                }
              />
              <span className={model.available ? '' : 'text-zinc-400 dark:text-zinc-500'}>{model.label}</span>
              {checked ? (
                <span className="ml-auto rounded bg-brand-50 px-1.5 font-mono text-brand-700 text-xs dark:bg-brand-950 dark:text-brand-300">
                  {index + 1}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
      {value
        .filter((id) => !candidates.some((model) => model.id === id))
        .map((id) => (
          <p key={id} className="font-mono text-xs text-zinc-500">
            {id}
          </p>
        ))}
    </fieldset>
  );
}
