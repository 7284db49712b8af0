import { useQuery } from '@tanstack/react-query';
import { can, meQueryOptions } from '../../../api/me-query';
import { Badge, PageHeader } from '../../../components/ui';
import { useT } from '../../../i18n';
import { MODE_TONES } from './detectors';
import { FirewallCharts } from './firewall-charts';
import { PolicyEditor } from './policy-editor';
import { TestConsole } from './test-console';
import { ThreatEventFeed } from './threat-event-feed';
import { usePolicyDraft } from './use-policy-draft';

/**
 * `/dashboard/firewall`, the SigmaGuard cockpit: the organization's mode and detector policy, the live event feed,
 * charts by detector and action, and a test console. Roles without `firewall:manage` see the policy read-only.
 */
export function FirewallPage() {
  const t = useT();
  const me = useQuery(meQueryOptions());
  const draft = usePolicyDraft({ appId: null });
  const canManage = can(me.data, 'firewall:manage');
  const mode = draft.query.data?.policy.mode ?? 'enforce';

  return (
    <>
      <PageHeader
        title={t('nav.firewall')}
        description={t('section.firewall.description')}
        actions={
          draft.query.data ? (
            <Badge tone={MODE_TONES[mode]} className="px-3 py-1 text-sm">
              {t('firewall.mode.title')}: {t(`firewall.mode.${mode}`)}
            </Badge>
          ) : null
        }
      />
      <div className="space-y-6">
        <PolicyEditor draft={draft} canManage={canManage} name="organization" />
        <div className="grid gap-6 xl:grid-cols-2">
          <ThreatEventFeed />
          <TestConsole draft={draft.dirty ? draft.draft : undefined} />
        </div>
        <FirewallCharts />
      </div>
    </>
  );
}
