import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  can,
  changeMemberRole,
  invitationsQueryOptions,
  inviteMember,
  type Member,
  membersQueryOptions,
  meQueryOptions,
  ROLES,
  type Role,
  removeMember,
  renameOrganization,
  signInMethodsQueryOptions,
  withdrawInvitation,
} from '../../../api';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  ConfirmDialog,
  ErrorNotice,
  Field,
  Input,
  Notice,
  QueryView,
  Select,
  Table,
  Td,
  Th,
  Tr,
} from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { formatDateTime } from './format-date';

/** Organization: its name, members with roles, and invitations. Changes need `org:update` / `members:manage`. */
export function OrganizationTab() {
  const me = useQuery(meQueryOptions());
  return (
    <div className="space-y-6">
      <NameCard />
      <MembersCard />
      {can(me.data, 'members:manage') ? <InvitationsCard /> : null}
    </div>
  );
}

function NameCard() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const [name, setName] = useState<string | null>(null);
  const rename = useMutation({
    mutationFn: renameOrganization,
    onSuccess: () => {
      setName(null);
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const current = me.data?.organization;
  const value = name ?? current?.name ?? '';
  const mayRename = can(me.data, 'org:update');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) rename.mutate({ name: value.trim() });
  };
  return (
    <Card aria-labelledby="org-title">
      <CardHeader id="org-title" title={t('org.title')} />
      {current?.personal ? (
        <Notice className="mb-4" tone="info">
          {t('org.personalHint')}
        </Notice>
      ) : null}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <Field id="org-name" label={t('org.name')} className="min-w-64 flex-1">
          {(control) => (
            <Input
              {...control}
              value={value}
              maxLength={100}
              disabled={!mayRename}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {mayRename ? (
          <Button type="submit" loading={rename.isPending} disabled={!value.trim() || value === current?.name}>
            {t('org.rename')}
          </Button>
        ) : null}
      </form>
      {rename.isError ? <ErrorNotice className="mt-4" title={t('org.renameFailed')} error={rename.error} /> : null}
    </Card>
  );
}

function MembersCard() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const members = useQuery(membersQueryOptions());
  const [removing, setRemoving] = useState<Member | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organization', 'members'] });
  const role = useMutation({ mutationFn: changeMemberRole, onSuccess: refresh });
  const remove = useMutation({
    mutationFn: removeMember,
    onSuccess: async () => {
      setRemoving(null);
      await refresh();
    },
  });
  const mayManage = can(me.data, 'members:manage');
  // Only owners grant or take away the owner role (the server enforces it; the menu does not offer it).
  const grantable = ROLES.filter((candidate) => candidate !== 'owner' || me.data?.role === 'owner');
  return (
    <Card aria-labelledby="members-title">
      <CardHeader id="members-title" title={t('org.members')} />
      {role.isError ? <ErrorNotice className="mb-4" title={t('org.roleFailed')} error={role.error} /> : null}
      <QueryView query={members} loadFailed={t('org.membersFailed')}>
        {(data) => (
          <Table caption={t('org.members')}>
            <thead>
              <tr>
                <Th>{t('org.member')}</Th>
                <Th>{t('org.role')}</Th>
                <Th>{t('org.joined')}</Th>
                <Th>
                  <span className="sr-only">{t('org.remove')}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((member) => {
                const self = member.userId === me.data?.user?.id;
                const editable = mayManage && !self && (member.role !== 'owner' || me.data?.role === 'owner');
                return (
                  <Tr key={member.id}>
                    <Td>
                      <p className="font-medium">
                        {member.name} {self ? <span className="text-zinc-500">({t('org.you')})</span> : null}
                      </p>
                      <p className="text-xs text-zinc-500">{member.email}</p>
                    </Td>
                    <Td>
                      {editable && member.role ? (
                        <Select
                          aria-label={t('org.role')}
                          className="w-36"
                          value={member.role}
                          disabled={role.isPending}
                          onChange={(event) => role.mutate({ memberId: member.id, role: event.target.value as Role })}
                        >
                          {grantable.map((option) => (
                            <option key={option} value={option}>
                              {t(`role.${option}`)}
                            </option>
                          ))}
                        </Select>
                      ) : member.role ? (
                        <Badge tone="brand">{t(`role.${member.role}`)}</Badge>
                      ) : null}
                    </Td>
                    <Td className="whitespace-nowrap">{formatDateTime({ value: member.joinedAt, locale })}</Td>
                    <Td className="text-right">
                      {editable ? (
                        <Button size="sm" variant="ghost" onClick={() => setRemoving(member)}>
                          {t('org.remove')}
                        </Button>
                      ) : null}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </QueryView>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('org.removeTitle', { name: removing?.name ?? '' })}
        description={t('org.removeBody')}
        confirmLabel={t('org.remove')}
        destructive
        pending={remove.isPending}
        onConfirm={() => removing && remove.mutate({ memberId: removing.id })}
      >
        {remove.isError ? <ErrorNotice title={t('org.remove')} error={remove.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}

function InvitationsCard() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const methods = useQuery(signInMethodsQueryOptions());
  const invitations = useQuery(invitationsQueryOptions());
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organization', 'invitations'] });
  const invite = useMutation({
    mutationFn: inviteMember,
    onSuccess: () => {
      setEmail('');
      return refresh();
    },
  });
  const withdraw = useMutation({ mutationFn: withdrawInvitation, onSuccess: refresh });
  const grantable = ROLES.filter((candidate) => candidate !== 'owner' || me.data?.role === 'owner');
  const pending = invitations.data?.data.filter((invitation) => invitation.status === 'pending') ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) invite.mutate({ email: email.trim(), role });
  };
  return (
    <Card aria-labelledby="invitations-title">
      <CardHeader id="invitations-title" title={t('org.invitations')} />
      {methods.data && !methods.data.emailDelivery ? (
        <Notice className="mb-4" tone="warning">
          {t('org.noEmail')}
        </Notice>
      ) : null}
      <QueryView query={invitations} loadFailed={t('org.invitationsFailed')} rows={2}>
        {(_data) =>
          pending.length === 0 ? (
            <p className="text-sm text-zinc-500">{t('org.noInvitations')}</p>
          ) : (
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {pending.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2.5">
                  <div>
                    <p className="font-medium text-sm">{invitation.email}</p>
                    <p className="text-xs text-zinc-500">
                      {invitation.role ? t(`role.${invitation.role}`) : ''} ·{' '}
                      {t('org.expires', { date: formatDateTime({ value: invitation.expiresAt, locale }) })}
                    </p>
                  </div>
                  <Button
                    size="sm"
                    variant="ghost"
                    loading={withdraw.isPending && withdraw.variables?.invitationId === invitation.id}
                    onClick={() => withdraw.mutate({ invitationId: invitation.id })}
                  >
                    {t('org.withdraw')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <form onSubmit={submit} className="mt-5 flex flex-wrap items-end gap-3">
        <Field id="invite-email" label={t('org.inviteEmail')} className="min-w-64 flex-1">
          {(control) => (
            <Input {...control} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
          )}
        </Field>
        <Field id="invite-role" label={t('org.role')} className="w-40">
          {(control) => (
            <Select {...control} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {grantable.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary" loading={invite.isPending} disabled={!email.trim()}>
          {t('org.invite')}
        </Button>
      </form>
      {invite.isSuccess ? (
        <Notice className="mt-4" tone="success">
          {t('org.invited', { email: invite.data.email })}
        </Notice>
      ) : null}
      {invite.isError ? <ErrorNotice className="mt-4" title={t('org.inviteFailed')} error={invite.error} /> : null}
      {withdraw.isError ? <ErrorNotice className="mt-4" title={t('org.withdraw')} error={withdraw.error} /> : null}
    </Card>
  );
}
