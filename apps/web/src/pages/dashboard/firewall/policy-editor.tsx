import { RotateCcw, Save } from 'lucide-react';
import { useState } from 'react';
import { Button, Card, CardHeader, ConfirmDialog, ErrorNotice, Notice, SkeletonRows } from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { DetectorRow } from './detector-row';
import { orderDetectors } from './detectors';
import { ModeSwitch } from './mode-switch';
import type { PolicyDraft } from './use-policy-draft';

/**
 * The policy of one scope: where it comes from, the mode, every detector, and a save bar while there are unsaved
 * changes. Without `canManage` every control is disabled and a note says who may change it.
 *
 * @example
 * const draft = usePolicyDraft({ appId: null });
 * <PolicyEditor draft={draft} canManage={can(me, 'firewall:manage')} name="organization" />
 */
export function PolicyEditor({
  draft,
  canManage,
  name,
  allowReset = true,
}: {
  draft: PolicyDraft;
  canManage: boolean;
  /** Makes the radio group's name unique on the page. */
  name: string;
  /** Offer "Reset to the default" for an organization policy. */
  allowReset?: boolean;
}) {
  const t = useT();
  const { locale } = useI18n();
  const [confirmReset, setConfirmReset] = useState(false);
  const { query, save, remove } = draft;

  if (query.isPending) return <SkeletonRows label={t('ui.loading')} rows={6} />;
  if (query.isError) {
    return (
      <ErrorNotice
        title={t('firewall.loadPolicyFailed')}
        error={query.error}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const policy = draft.draft ?? query.data.policy;
  const stored = query.data;
  const when = stored.updatedAt
    ? new Date(stored.updatedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
    : '';
  const mode = policy.mode ?? 'enforce';
  const detectors = policy.detectors ?? {};
  const readOnly = !canManage;

  return (
    <div className="space-y-6">
      {readOnly ? <Notice tone="info">{t('firewall.readOnly')}</Notice> : null}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {stored.source === 'default'
          ? `${t('firewall.source.default')}${canManage ? ` ${t('firewall.source.defaultHint')}` : ''}`
          : t(`firewall.source.${stored.source}`, { version: stored.version, when })}
        {allowReset && canManage && stored.source === 'organization' && !draft.editing ? (
          <Button
            size="sm"
            variant="ghost"
            className="ml-2"
            icon={<RotateCcw className="size-4" aria-hidden="true" />}
            onClick={() => setConfirmReset(true)}
          >
            {t('firewall.resetToDefault')}
          </Button>
        ) : null}
      </p>

      <Card>
        <CardHeader title={t('firewall.mode.title')} />
        <ModeSwitch
          name={`${name}-mode`}
          value={mode}
          onChange={(next) => draft.edit({ kind: 'mode', mode: next })}
          disabled={readOnly}
        />
        {mode === 'off' ? (
          <Notice tone="warning" className="mt-4">
            {t('firewall.mode.offWarning')}
          </Notice>
        ) : null}
      </Card>

      <Card>
        <CardHeader title={t('firewall.detectors.title')} description={t('firewall.detectors.description')} />
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {orderDetectors(Object.keys(detectors)).map((id) => (
            <DetectorRow key={id} id={id} config={detectors[id] ?? {}} onEdit={draft.edit} disabled={readOnly} />
          ))}
        </ul>
      </Card>

      {save.isError ? <ErrorNotice title={t('firewall.saveFailed')} error={save.error} /> : null}
      {save.isSuccess && !draft.editing ? (
        <div className="sticky bottom-4 z-10 shadow-lg">
          <Notice tone="success">{t('firewall.savedVersion', { version: save.data.version })}</Notice>
        </div>
      ) : null}

      {canManage && (draft.dirty || draft.creating) ? (
        <div className="sticky bottom-4 z-10 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-brand-200 bg-white/95 p-3 shadow-lg backdrop-blur dark:border-brand-900 dark:bg-zinc-900/95">
          <p className="font-medium text-sm" role="status">
            {t('firewall.unsaved')}
          </p>
          <div className="flex gap-2">
            <Button onClick={draft.discard} disabled={save.isPending}>
              {t('firewall.discard')}
            </Button>
            <Button
              variant="primary"
              loading={save.isPending}
              icon={<Save className="size-4" aria-hidden="true" />}
              onClick={() => save.mutate()}
            >
              {t('firewall.savePolicy')}
            </Button>
          </div>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title={t('firewall.resetTitle')}
        description={t('firewall.resetBody')}
        confirmLabel={t('firewall.resetToDefault')}
        destructive
        pending={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirmReset(false) })}
      >
        {remove.isError ? <ErrorNotice title={t('firewall.saveFailed')} error={remove.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}
