import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { BookOpen, FileUp, Layers, SearchCheck, ShieldCheck } from 'lucide-react';
import { modelsQueryOptions } from '../../../api';
import { Badge, buttonClass, Card, CardHeader, PageHeader } from '../../../components/ui';
import { useT } from '../../../i18n';

const STEPS = [
  { key: 'upload', icon: FileUp },
  { key: 'index', icon: Layers },
  { key: 'retrieve', icon: SearchCheck },
  { key: 'guard', icon: ShieldCheck },
] as const;

/**
 * `/dashboard/knowledge`: prepared for knowledge bases. Explains what they will do and how they fit the firewall,
 * shows which embedding models are ready, and points to what works today.
 */
export function KnowledgePage() {
  const t = useT();
  const models = useQuery(modelsQueryOptions());
  const embedding = (models.data?.data ?? []).filter((model) => model.capabilities.embeddings);

  return (
    <>
      <PageHeader title={t('nav.knowledge')} description={t('section.knowledge.description')} />
      <div className="space-y-6">
        <section
          aria-labelledby="knowledge-intro"
          className="overflow-hidden rounded-2xl border border-brand-200 bg-gradient-to-br from-brand-50 to-white p-6 sm:p-8 dark:border-brand-900 dark:from-brand-950/60 dark:to-zinc-900"
        >
          <div className="flex flex-wrap items-start gap-4">
            <span className="grid size-12 shrink-0 place-items-center rounded-xl bg-brand-600 text-white">
              <BookOpen className="size-6" aria-hidden="true" />
            </span>
            <div className="min-w-0 flex-1">
              <Badge tone="warn">{t('knowledge.badge')}</Badge>
              <h2 id="knowledge-intro" className="mt-2 font-semibold text-xl">
                {t('knowledge.intro.title')}
              </h2>
              <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">{t('knowledge.intro.body')}</p>
            </div>
          </div>
        </section>

        <Card>
          <CardHeader title={t('knowledge.how.title')} />
          <ol className="grid gap-4 sm:grid-cols-2">
            {STEPS.map(({ key, icon: Icon }, index) => (
              <li key={key} className="flex gap-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                  <Icon className="size-4" aria-hidden="true" />
                </span>
                <div>
                  <p className="font-medium text-sm">
                    {index + 1}. {t(`knowledge.step.${key}.title`)}
                  </p>
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t(`knowledge.step.${key}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </Card>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title={t('knowledge.embeddings.title')} description={t('knowledge.embeddings.body')} />
            {embedding.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {embedding.map((model) => (
                  <li key={model.id}>
                    <Badge tone={model.available ? 'good' : 'neutral'}>
                      {model.label}
                      {model.available ? '' : ` · ${t('models.notConfigured')}`}
                    </Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('knowledge.embeddings.none')}</p>
            )}
            <Link to="/dashboard/models" className={buttonClass({ size: 'sm', className: 'mt-4' })}>
              {t('knowledge.embeddings.manage')}
            </Link>
          </Card>
          <Card>
            <CardHeader title={t('knowledge.today.title')} />
            <ul className="list-inside list-disc space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
              <li>{t('knowledge.today.prompt')}</li>
              <li>{t('knowledge.today.webPage')}</li>
              <li>{t('knowledge.today.dify')}</li>
            </ul>
            <Link to="/dashboard/agents" className={buttonClass({ size: 'sm', variant: 'primary', className: 'mt-4' })}>
              {t('knowledge.today.agents')}
            </Link>
          </Card>
        </div>
      </div>
    </>
  );
}
