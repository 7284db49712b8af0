import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { can, meQueryOptions } from '../../../api';
import { PageHeader, Tabs } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ApiKeysTab } from './api-keys-tab';
import { AuditTab } from './audit-tab';
import { BillingTab } from './billing-tab';
import { OrganizationTab } from './organization-tab';
import { ProfileTab } from './profile-tab';
import type { SettingsTab } from './settings-search';

/** `/dashboard/settings`: profile, organization and members, API keys, billing, and the audit log for admins. */
export function SettingsPage() {
  const t = useT();
  const search = useSearch({ from: '/dashboard/settings' });
  const navigate = useNavigate({ from: '/dashboard/settings' });
  const me = useQuery(meQueryOptions());
  const tab = search.tab ?? 'profile';
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('section.settings.description')} />
      <Tabs<SettingsTab>
        label={t('settings.tabs')}
        value={tab}
        onValueChange={(next) => void navigate({ search: { tab: next }, replace: true })}
        items={[
          { value: 'profile', label: t('settings.tab.profile'), content: <ProfileTab /> },
          { value: 'organization', label: t('settings.tab.organization'), content: <OrganizationTab /> },
          { value: 'keys', label: t('settings.tab.keys'), content: <ApiKeysTab />, hidden: !can(me.data, 'keys:read') },
          {
            value: 'billing',
            label: t('settings.tab.billing'),
            content: <BillingTab />,
            hidden: !can(me.data, 'billing:read'),
          },
          {
            value: 'audit',
            label: t('settings.tab.audit'),
            content: <AuditTab />,
            hidden: !can(me.data, 'audit:read'),
          },
        ]}
      />
    </>
  );
}
