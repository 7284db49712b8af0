import { ShieldCheck, ShieldPlus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { App } from '../../../api/apps-schemas';
import { Button, Card, ConfirmDialog, ErrorNotice, Notice, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';
import { PolicyEditor } from '../firewall/policy-editor';
import { TestConsole } from '../firewall/test-console';
import { ThreatEventFeed } from '../firewall/threat-event-feed';
import { usePolicyDraft } from '../firewall/use-policy-draft';

/**
 * An agent's firewall: it follows the organization's policy until it is given its own, which then overrides it
 * completely; the test console checks texts against what this agent would apply.
 *
 * @example
 * <AgentFirewallPanel app={app} canManage={can(me, 'firewall:manage')} />
 */
export function AgentFirewallPanel({ app, canManage }: { app: App; canManage: boolean }) {
  const t = useT();
  const draft = usePolicyDraft({ appId: app.id });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const stored = draft.query.data;
  const own = stored?.source === 'app';

  let editor = null;
  if (draft.query.isPending) editor = <SkeletonRows label={t('ui.loading')} rows={4} />;
  else if (draft.query.isError)
    editor = (
      <ErrorNotice
        title={t('firewall.loadPolicyFailed')}
        error={draft.query.error}
        onRetry={() => draft.query.refetch()}
      />
    );
  else if (!own && !draft.editing)
    editor = (
      <Card>
        <div className="flex flex-wrap items-start gap-4">
          <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
            <ShieldCheck className="size-5" aria-hidden="true" />
          </span>
          <div className="min-w-0 flex-1">
            <p className="font-semibold">{t('agents.firewall.inherits')}</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {stored?.source === 'default' ? t('agents.firewall.inheritsDefault') : t('agents.firewall.inheritsOrg')}
            </p>
          </div>
          {canManage && stored ? (
            <Button
              variant="primary"
              icon={<ShieldPlus className="size-4" aria-hidden="true" />}
              onClick={() => draft.begin(stored.policy)}
            >
              {t('agents.firewall.createOwn')}
            </Button>
          ) : null}
        </div>
      </Card>
    );
  else
    editor = (
      <div className="space-y-4">
        {!own ? <Notice tone="info">{t('agents.firewall.newOwn')}</Notice> : null}
        {own && canManage ? (
          <div className="flex justify-end">
            <Button
              size="sm"
              variant="ghost"
              icon={<Trash2 className="size-4" aria-hidden="true" />}
              onClick={() => setConfirmRemove(true)}
            >
              {t('agents.firewall.removeOwn')}
            </Button>
          </div>
        ) : null}
        <PolicyEditor draft={draft} canManage={canManage} name={`agent-${app.id}`} allowReset={false} />
      </div>
    );

  return (
    <div className="space-y-6">
      {editor}
      <div className="grid gap-6 xl:grid-cols-2">
        <ThreatEventFeed appId={app.id} />
        <TestConsole draft={draft.dirty || draft.creating ? draft.draft : undefined} appId={app.id} />
      </div>
      <ConfirmDialog
        open={confirmRemove}
        onOpenChange={setConfirmRemove}
        title={t('agents.firewall.removeTitle')}
        description={t('agents.firewall.removeBody')}
        confirmLabel={t('agents.firewall.removeOwn')}
        destructive
        pending={draft.remove.isPending}
        onConfirm={() => draft.remove.mutate(undefined, { onSuccess: () => setConfirmRemove(false) })}
      >
        {draft.remove.isError ? <ErrorNotice title={t('firewall.saveFailed')} error={draft.remove.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}
