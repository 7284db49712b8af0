import type { CatalogModel } from '@sigmacode/core';
import { FlaskConical } from 'lucide-react';
import { Badge } from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';

export const CAPABILITIES = ['chat', 'tools', 'vision', 'embeddings', 'streaming'] as const;

/**
 * One model of the catalog: name and id, the development-model label, whether it can be used, its capabilities,
 * context size and price in platform tokens.
 *
 * @example
 * <ModelCard model={model} />
 */
export function ModelCard({ model }: { model: CatalogModel }) {
  const t = useT();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const free = model.prices.promptPer1K === 0 && model.prices.completionPer1K === 0;
  return (
    <li
      data-testid="catalog-model"
      className="flex flex-col rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{model.label}</h3>
          <p className="break-all font-mono text-xs text-zinc-500 dark:text-zinc-400">{model.id}</p>
        </div>
        <Badge tone={model.available ? 'good' : 'neutral'}>
          {model.available ? t('models.available') : t('models.notConfigured')}
        </Badge>
      </div>
      {!model.isLLM ? (
        <p className="mt-3 inline-flex w-fit items-center gap-1.5 rounded-md bg-amber-100 px-2 py-1 font-medium text-amber-900 text-xs dark:bg-amber-900/40 dark:text-amber-200">
          <FlaskConical className="size-3.5" aria-hidden="true" />
          {t('models.devModel')}
        </p>
      ) : null}
      {model.description ? <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{model.description}</p> : null}
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t('catalog.capabilities')}>
        {CAPABILITIES.filter((capability) => model.capabilities[capability]).map((capability) => (
          <li key={capability} className="rounded bg-zinc-100 px-2 py-0.5 text-xs dark:bg-zinc-800">
            {t(`models.capability.${capability}`)}
          </li>
        ))}
      </ul>
      <dl className="mt-auto grid grid-cols-2 gap-x-4 gap-y-1 pt-4 text-xs">
        <dt className="text-zinc-500 dark:text-zinc-400">{t('catalog.context')}</dt>
        <dd className="text-right tabular-nums">{number.format(model.contextWindow)}</dd>
        <dt className="text-zinc-500 dark:text-zinc-400">{t('catalog.maxOutput')}</dt>
        <dd className="text-right tabular-nums">
          {model.maxOutputTokens > 0 ? number.format(model.maxOutputTokens) : '—'}
        </dd>
        <dt className="text-zinc-500 dark:text-zinc-400">{t('catalog.price')}</dt>
        <dd className="text-right tabular-nums">
          {free
            ? t('catalog.free')
            : t('catalog.priceValue', {
                prompt: number.format(model.prices.promptPer1K),
                completion: number.format(model.prices.completionPer1K),
              })}
        </dd>
      </dl>
    </li>
  );
}
