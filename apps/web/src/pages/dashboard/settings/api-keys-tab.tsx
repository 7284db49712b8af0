import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import {
  type ApiKey,
  apiKeysQueryOptions,
  type CreatedApiKey,
  can,
  createApiKey,
  KEY_SCOPES,
  type KeyScope,
  meQueryOptions,
  revokeApiKey,
} from '../../../api';
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
import { useI18n } from '../../../i18n';
import { formatDateTime } from './format-date';

/** API keys: the list, create (the secret shown once), revoke. Roles without the permission see the list only. */
export function ApiKeysTab() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(meQueryOptions());
  const keys = useQuery(apiKeysQueryOptions());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: ['keys'] });
    },
  });
  const mayCreate = can(me.data, 'keys:create');
  const mayRevoke = can(me.data, 'keys:revoke');
  const createButton = mayCreate ? <AddButton onClick={() => setCreating(true)}>{t('keys.create')}</AddButton> : null;

  return (
    <Card aria-labelledby="keys-title">
      <CardHeader id="keys-title" title={t('keys.title')} description={t('keys.description')} actions={createButton} />
      {!mayCreate ? (
        <Notice className="mb-4" tone="info">
          {t('keys.noPermission')}
        </Notice>
      ) : null}
      <QueryView query={keys} loadFailed={t('keys.loadFailed')}>
        {(data) =>
          data.data.length === 0 ? (
            <EmptyState icon={KeyRound} title={t('keys.emptyTitle')} body={t('keys.emptyBody')} action={createButton} />
          ) : (
            <Table caption={t('keys.title')}>
              <thead>
                <tr>
                  <Th>{t('keys.name')}</Th>
                  <Th>{t('keys.prefix')}</Th>
                  <Th>{t('keys.scopes')}</Th>
                  <Th>{t('keys.created')}</Th>
                  <Th>{t('keys.lastUsed')}</Th>
                  <Th>{t('keys.status')}</Th>
                  <Th>
                    <span className="sr-only">{t('keys.revoke')}</span>
                  </Th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((key) => {
                  const expired = key.expiresAt !== null && new Date(key.expiresAt).getTime() < Date.now();
                  return (
                    <Tr key={key.id} data-testid="api-key-row">
                      <Td className="font-medium">{key.name}</Td>
                      <Td className="font-mono text-xs">{key.prefix}…</Td>
                      <Td>
                        <div className="flex flex-wrap gap-1">
                          {key.scopes.map((scope) => (
                            <Badge key={scope}>{scope}</Badge>
                          ))}
                        </div>
                      </Td>
                      <Td className="whitespace-nowrap">{formatDateTime({ value: key.createdAt, locale })}</Td>
                      <Td className="whitespace-nowrap">
                        {key.lastUsedAt ? formatDateTime({ value: key.lastUsedAt, locale }) : t('keys.never')}
                      </Td>
                      <Td>
                        {key.revokedAt ? (
                          <Badge tone="bad">{t('keys.revoked')}</Badge>
                        ) : expired ? (
                          <Badge tone="warn">{t('keys.expired')}</Badge>
                        ) : (
                          <Badge tone="good">{t('keys.active')}</Badge>
                        )}
                      </Td>
                      <Td className="text-right">
                        {mayRevoke && !key.revokedAt ? (
                          <Button size="sm" variant="ghost" onClick={() => setRevoking(key)}>
                            {t('keys.revoke')}
                          </Button>
                        ) : null}
                      </Td>
                    </Tr>
                  );
                })}
              </tbody>
            </Table>
          )
        }
      </QueryView>
      <CreateKeyDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
          void queryClient.invalidateQueries({ queryKey: ['keys'] });
        }}
      />
      <Dialog
        open={created !== null}
        onOpenChange={(open) => {
          if (!open) setCreated(null);
        }}
        title={t('keys.secretTitle')}
        description={t('keys.secretBody')}
        footer={
          <Button variant="primary" onClick={() => setCreated(null)}>
            {t('keys.done')}
          </Button>
        }
      >
        {created ? (
          <div className="flex items-center gap-2">
            <code
              data-testid="api-key-secret"
              className="min-w-0 flex-1 select-all break-all rounded-lg bg-zinc-100 px-3 py-2 font-mono text-sm dark:bg-zinc-800"
            >
              {created.secret}
            </code>
            <CopyButton text={created.secret} />
          </div>
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) setRevoking(null);
        }}
        title={t('keys.revokeTitle', { name: revoking?.name ?? '' })}
        description={t('keys.revokeBody')}
        confirmLabel={t('keys.revoke')}
        destructive
        pending={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
      >
        {revoke.isError ? <ErrorNotice title={t('keys.revokeFailed')} error={revoke.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}

function CreateKeyDialog({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (key: CreatedApiKey) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<KeyScope[]>(['chat']);
  const create = useMutation({
    mutationFn: createApiKey,
    onSuccess: (key) => {
      setName('');
      setScopes(['chat']);
      create.reset();
      onCreated(key);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && scopes.length > 0) create.mutate({ name: name.trim(), scopes });
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('keys.create')}>
      <form onSubmit={submit} className="space-y-4">
        <Field id="key-name" label={t('keys.name')} hint={t('keys.nameHint')}>
          {(control) => (
            <Input {...control} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <fieldset>
          <legend className="font-medium text-sm">{t('keys.scopes')}</legend>
          <div className="mt-2 space-y-2">
            {KEY_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={scopes.includes(scope)}
                  onChange={(event) =>
                    setScopes((current) =>
                      event.target.checked ? [...current, scope] : current.filter((item) => item !== scope),
                    )
                  }
                />
                {t(`keys.scope.${scope}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {create.isError ? <ErrorNotice title={t('keys.createFailed')} error={create.error} /> : null}
        <div className="flex justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>{t('ui.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            loading={create.isPending}
            disabled={!name.trim() || scopes.length === 0}
          >
            {t('keys.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
