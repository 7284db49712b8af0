import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { appKeysKey, appKeysQueryOptions, createAppKey, revokeAppKey } from '../../../api/apps-keys';
import type { App } from '../../../api/apps-schemas';
import type { ApiKey, CreatedApiKey } from '../../../api/identity-schemas';
import {
  AddButton,
  Badge,
  Button,
  Card,
  CardHeader,
  ConfirmDialog,
  CopyButton,
  Dialog,
  EmptyState,
  ErrorNotice,
  Field,
  Input,
  Notice,
  QueryView,
  Table,
  Td,
  Th,
  Tr,
} from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';

/** Names a new key, then shows its secret once with a copy button. */
function CreateKeyDialog({
  appId,
  open,
  onOpenChange,
}: {
  appId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const create = useMutation({
    mutationFn: () => createAppKey({ appId, name: name.trim() }),
    onSuccess: (key) => {
      setCreated(key);
      void queryClient.invalidateQueries({ queryKey: appKeysKey(appId) });
    },
  });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setName('');
      setCreated(null);
      create.reset();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={created ? t('agents.keys.createdTitle') : t('agents.keys.createTitle')}
      description={created ? undefined : t('agents.keys.createBody')}
    >
      {created ? (
        <div className="space-y-4">
          <Notice tone="warning" title={t('agents.keys.onceTitle')}>
            {t('agents.keys.onceBody')}
          </Notice>
          <div className="flex items-center gap-2">
            <code
              data-testid="app-key-secret"
              className="min-w-0 flex-1 break-all rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm dark:bg-zinc-800"
            >
              {created.secret}
            </code>
            <CopyButton text={created.secret} />
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('agents.keys.usage')}</p>
          <div className="flex justify-end">
            <Button variant="primary" onClick={() => close(false)}>
              {t('agents.keys.done')}
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4">
          <Field id="app-key-name" label={t('agents.keys.name')} hint={t('agents.keys.nameHint')}>
            {(control) => (
              <Input
                {...control}
                value={name}
                maxLength={100}
                autoComplete="off"
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          {create.isError ? <ErrorNotice title={t('agents.keys.createFailed')} error={create.error} /> : null}
          <div className="flex justify-end gap-2">
            <Button onClick={() => close(false)} disabled={create.isPending}>
              {t('ui.cancel')}
            </Button>
            <Button type="submit" variant="primary" loading={create.isPending} disabled={!name.trim()}>
              {t('agents.keys.create')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/**
 * The app's keys for its Dify-compatible API: create (the secret is shown once), list and revoke.
 *
 * @example
 * <AgentKeysPanel app={app} canCreate={can(me, 'keys:create')} canRevoke={can(me, 'keys:revoke')} />
 */
export function AgentKeysPanel({
  app,
  canRead,
  canCreate,
  canRevoke,
}: {
  app: App;
  canRead: boolean;
  canCreate: boolean;
  canRevoke: boolean;
}) {
  const t = useT();
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const keys = useQuery({ ...appKeysQueryOptions(app.id), enabled: canRead });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeAppKey({ appId: app.id, keyId: key.id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: appKeysKey(app.id) });
      setRevoking(null);
    },
  });
  const date = (value: string | null) =>
    value ? new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  const createButton = canCreate ? (
    <AddButton size="sm" onClick={() => setCreating(true)}>
      {t('agents.keys.create')}
    </AddButton>
  ) : null;

  const body = (
    <QueryView
      query={keys}
      loadFailed={t('agents.keys.loadFailed')}
      denied={canRead ? null : t('agents.keys.noPermission')}
    >
      {(data) => {
        if (data.data.length === 0)
          return (
            <EmptyState
              icon={KeyRound}
              title={t('agents.keys.empty')}
              body={t('agents.keys.emptyBody')}
              action={createButton}
            />
          );
        return (
          <Table caption={t('agents.keys.title')}>
            <thead>
              <tr>
                <Th>{t('agents.keys.name')}</Th>
                <Th>{t('agents.keys.prefix')}</Th>
                <Th>{t('agents.keys.created')}</Th>
                <Th>{t('agents.keys.lastUsed')}</Th>
                <Th>
                  <span className="sr-only">{t('agents.keys.actions')}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((key) => (
                <Tr key={key.id}>
                  <Td className="font-medium">{key.name}</Td>
                  <Td className="font-mono text-xs">{key.prefix}…</Td>
                  <Td className="whitespace-nowrap text-xs">{date(key.createdAt)}</Td>
                  <Td className="whitespace-nowrap text-xs">{date(key.lastUsedAt)}</Td>
                  <Td className="text-right">
                    {key.revokedAt ? (
                      <Badge tone="neutral">{t('agents.keys.revoked')}</Badge>
                    ) : canRevoke ? (
                      <Button size="sm" variant="ghost" onClick={() => setRevoking(key)}>
                        {t('agents.keys.revoke')}
                      </Button>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        );
      }}
    </QueryView>
  );

  return (
    <Card>
      <CardHeader
        title={t('agents.keys.title')}
        description={t('agents.keys.description')}
        actions={keys.data?.data.length ? createButton : null}
      />
      {body}
      <CreateKeyDialog appId={app.id} open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) setRevoking(null);
        }}
        title={t('agents.keys.revokeTitle', { name: revoking?.name ?? '' })}
        description={t('agents.keys.revokeBody')}
        confirmLabel={t('agents.keys.revoke')}
        destructive
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
      >
        {revoke.isError ? <ErrorNotice title={t('agents.keys.revokeFailed')} error={revoke.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
