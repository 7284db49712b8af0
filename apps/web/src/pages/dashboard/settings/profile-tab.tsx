import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meQueryOptions, OrganizationSchema, sendJson } from '../../../api';
import { Badge, Button, Card, CardHeader, ErrorNotice, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';

function activateOrganization({ id }: { id: string }) {
  return sendJson({
    method: 'POST',
    path: `/api/organizations/${encodeURIComponent(id)}/activate`,
    schema: OrganizationSchema.partial(),
  });
}

/** Profile: who is signed in, and the organizations they belong to (switch the active one). */
export function ProfileTab() {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const activate = useMutation({
    mutationFn: activateOrganization,
    // Everything on screen belonged to the previous organization.
    onSuccess: () => queryClient.resetQueries(),
  });
  if (me.isPending) return <SkeletonRows label={t('ui.loading')} />;
  if (me.isError || !me.data?.user) return <ErrorNotice title={t('profile.title')} error={me.error} />;
  const { user, organization, organizations } = me.data;
  return (
    <div className="space-y-6">
      <Card aria-labelledby="profile-title">
        <CardHeader id="profile-title" title={t('profile.title')} />
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-zinc-500">{t('profile.name')}</dt>
            <dd className="font-medium">{user.name}</dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-500">{t('profile.email')}</dt>
            <dd className="flex flex-wrap items-center gap-2 font-medium">
              {user.email}
              <Badge tone={user.emailVerified ? 'good' : 'warn'}>
                {user.emailVerified ? t('profile.verified') : t('profile.unverified')}
              </Badge>
              {user.platformRole === 'admin' ? <Badge tone="brand">{t('profile.platformAdmin')}</Badge> : null}
            </dd>
          </div>
        </dl>
      </Card>
      <Card aria-labelledby="orgs-title">
        <CardHeader id="orgs-title" title={t('profile.organizations')} description={t('profile.organizationsHint')} />
        {activate.isError ? (
          <ErrorNotice className="mb-4" title={t('profile.activateFailed')} error={activate.error} />
        ) : null}
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {organizations.map((org) => (
            <li key={org.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium" data-testid="organization-name">
                  {org.name}
                </span>
                {org.personal ? <Badge>{t('profile.personal')}</Badge> : null}
                {org.role ? <Badge tone="brand">{t(`role.${org.role}`)}</Badge> : null}
              </div>
              {org.id === organization.id ? (
                <Badge tone="good">{t('profile.active')}</Badge>
              ) : (
                <Button
                  size="sm"
                  loading={activate.isPending && activate.variables?.id === org.id}
                  onClick={() => activate.mutate({ id: org.id })}
                >
                  {t('profile.activate')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
