import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { modelsQueryOptions } from '../../../api';
import { can, meQueryOptions } from '../../../api/me-query';
import { Card, CardHeader, ErrorNotice, PageHeader, SkeletonRows, Switch } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ModelCard } from './model-card';
import { ProvidersCard } from './providers-card';

/**
 * `/dashboard/models`: the organization's providers and credentials, and the model catalog with capabilities and
 * prices (the built-in development models clearly marked as not LLMs).
 */
export function ModelsPage() {
  const t = useT();
  const me = useQuery(meQueryOptions());
  const models = useQuery(modelsQueryOptions());
  const [onlyAvailable, setOnlyAvailable] = useState(false);
  const shown = (models.data?.data ?? []).filter((model) => !onlyAvailable || model.available);

  return (
    <>
      <PageHeader title={t('nav.models')} description={t('section.models.description')} />
      <div className="space-y-6">
        <ProvidersCard canRead={can(me.data, 'providers:read')} canManage={can(me.data, 'providers:manage')} />
        <Card>
          <CardHeader
            title={t('catalog.title')}
            description={t('catalog.description')}
            actions={
              <div className="flex items-center gap-2">
                <Switch id="catalog-available" checked={onlyAvailable} onCheckedChange={setOnlyAvailable} />
                <label htmlFor="catalog-available" className="text-sm">
                  {t('catalog.onlyAvailable')}
                </label>
              </div>
            }
          />
          {models.isPending ? (
            <SkeletonRows label={t('models.loading')} rows={4} />
          ) : models.isError ? (
            <ErrorNotice
              title={t('models.errorTitle')}
              error={models.error}
              onRetry={() => models.refetch()}
              retrying={models.isFetching}
            />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {shown.map((model) => (
                <ModelCard key={model.id} model={model} />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
