import type { CatalogModel } from '@sigmacode/core';
import { useQuery } from '@tanstack/react-query';
import { FlaskConical } from 'lucide-react';
import { isApiError, modelsQueryOptions } from '../../api';
import { useDocumentTitle } from '../../browser/use-document-title';
import { useT } from '../../i18n';
import { PageHeading } from './page-heading';
import { StatusBadge } from './status-badge';

const CAPABILITIES = ['chat', 'tools', 'vision', 'embeddings', 'streaming'] as const;

/** One model: name, id, the development-model label, availability, capabilities, context and price. */
function ModelCard({ model }: { model: CatalogModel }) {
  const t = useT();
  const free = model.prices.promptPer1K === 0 && model.prices.completionPer1K === 0;
  return (
    <li className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">{model.label}</h2>
          <p className="font-mono text-xs text-zinc-500">{model.id}</p>
        </div>
        <StatusBadge tone={model.available ? 'good' : 'neutral'}>
          {model.available ? t('models.available') : t('models.notConfigured')}
        </StatusBadge>
      </div>
      {!model.isLLM && (
        <p className="mt-3 inline-flex items-center gap-1.5 rounded-md bg-amber-100 px-2 py-1 font-medium text-amber-900 text-xs dark:bg-amber-900/40 dark:text-amber-200">
          <FlaskConical className="size-3.5" aria-hidden="true" />
          {t('models.devModel')}
        </p>
      )}
      {model.description && <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{model.description}</p>}
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="capabilities">
        {CAPABILITIES.filter((capability) => model.capabilities[capability]).map((capability) => (
          <li key={capability} className="rounded bg-zinc-100 px-2 py-0.5 text-xs dark:bg-zinc-800">
            {t(`models.capability.${capability}`)}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-zinc-500">
        {t('models.context', { tokens: model.contextWindow.toLocaleString() })}
        {' · '}
        {free
          ? t('models.free')
          : t('models.price', {
              prompt: String(model.prices.promptPer1K),
              completion: String(model.prices.completionPer1K),
            })}
      </p>
    </li>
  );
}

/** `/dashboard/models`: the model catalog, with the built-in development models clearly marked as not LLMs. */
export function ModelsPage() {
  const t = useT();
  useDocumentTitle(t('nav.models'));
  const models = useQuery(modelsQueryOptions());
  return (
    <>
      <PageHeading title={t('nav.models')} description={t('section.models.description')} />
      {models.isPending ? (
        <p className="mt-8 text-zinc-500">{t('models.loading')}</p>
      ) : models.isError ? (
        <div
          role="alert"
          className="mt-8 rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950"
        >
          <p className="font-semibold">{t('models.errorTitle')}</p>
          <p className="text-sm">{isApiError(models.error) ? models.error.message : String(models.error)}</p>
        </div>
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {models.data.data.map((model) => (
            <ModelCard key={model.id} model={model} />
          ))}
        </ul>
      )}
    </>
  );
}
