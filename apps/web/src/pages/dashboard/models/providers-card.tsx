import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KeyRound, Plug, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { modelsQueryOptions } from '../../../api';
import {
  deleteProvider,
  PROVIDERS_QUERY_KEY,
  type ProviderCredential,
  providersQueryOptions,
} from '../../../api/providers-api';
import {
  AddButton,
  Badge,
  Card,
  CardHeader,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  IconButton,
  QueryView,
  Table,
  Td,
  Th,
  Tr,
} from '../../../components/ui';
import { useI18n, useT } from '../../../i18n';
import { AddProviderDialog } from './add-provider-dialog';

/** The non-secret settings of a credential as short text (base URL, Azure resource). */
function settingsText(settings: Record<string, unknown>): string {
  return ['baseURL', 'resourceName', 'apiVersion']
    .map((key) => settings[key])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join(' · ');
}

/**
 * The organization's model providers: the operator's platform providers, and its own credentials (add, remove; keys
 * are never shown back).
 *
 * @example
 * <ProvidersCard canRead={can(me, 'providers:read')} canManage={can(me, 'providers:manage')} />
 */
export function ProvidersCard({ canRead, canManage }: { canRead: boolean; canManage: boolean }) {
  const t = useT();
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const providers = useQuery({ ...providersQueryOptions(), enabled: canRead });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ProviderCredential | null>(null);
  const remove = useMutation({
    mutationFn: (credential: ProviderCredential) => deleteProvider({ name: credential.name }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PROVIDERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: modelsQueryOptions().queryKey }),
      ]);
      setRemoving(null);
    },
  });
  const addButton = canManage ? (
    <AddButton size="sm" onClick={() => setAdding(true)}>
      {t('providers.add.open')}
    </AddButton>
  ) : null;

  const body = (
    <QueryView
      query={providers}
      loadFailed={t('providers.loadFailed')}
      denied={canRead ? null : t('providers.noPermission')}
    >
      {(data) => {
        return (
          <div className="space-y-5">
            <div>
              <p className="mb-2 font-medium text-sm">{t('providers.platform')}</p>
              {data.platform.length > 0 ? (
                <ul className="flex flex-wrap gap-2">
                  {data.platform.map((name) => (
                    <li key={name}>
                      <Badge tone="good">{name}</Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('providers.platformNone')}</p>
              )}
            </div>
            <div>
              <p className="mb-2 font-medium text-sm">{t('providers.own')}</p>
              {data.data.length === 0 ? (
                <EmptyState
                  icon={Plug}
                  title={t('providers.empty')}
                  body={canManage ? t('providers.emptyBody') : t('providers.emptyReadOnly')}
                  action={addButton}
                />
              ) : (
                <Table caption={t('providers.own')}>
                  <thead>
                    <tr>
                      <Th>{t('providers.field.name')}</Th>
                      <Th>{t('providers.field.type')}</Th>
                      <Th>{t('providers.settings')}</Th>
                      <Th>{t('providers.key')}</Th>
                      <Th>{t('providers.updated')}</Th>
                      <Th>
                        <span className="sr-only">{t('agents.keys.actions')}</span>
                      </Th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.map((credential) => (
                      <Tr key={credential.id}>
                        <Td className="font-medium font-mono">{credential.name}</Td>
                        <Td>{credential.type}</Td>
                        <Td className="max-w-48 truncate text-xs">{settingsText(credential.settings) || '—'}</Td>
                        <Td>
                          {credential.hasApiKey ? (
                            <Badge tone="good">
                              <KeyRound className="size-3" aria-hidden="true" />
                              {t('providers.keyStored')}
                            </Badge>
                          ) : (
                            <Badge>{t('providers.noKey')}</Badge>
                          )}
                        </Td>
                        <Td className="whitespace-nowrap text-xs">
                          {new Date(credential.updatedAt).toLocaleDateString(locale, { dateStyle: 'medium' })}
                        </Td>
                        <Td className="text-right">
                          {canManage ? (
                            <IconButton
                              label={t('providers.remove.label', { name: credential.name })}
                              onClick={() => {
                                remove.reset();
                                setRemoving(credential);
                              }}
                            >
                              <Trash2 className="size-4" aria-hidden="true" />
                            </IconButton>
                          ) : null}
                        </Td>
                      </Tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </div>
          </div>
        );
      }}
    </QueryView>
  );

  return (
    <Card>
      <CardHeader
        title={t('providers.title')}
        description={t('providers.description')}
        actions={providers.data?.data.length ? addButton : null}
      />
      {body}
      <AddProviderDialog open={adding} onOpenChange={setAdding} />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('providers.remove.title', { name: removing?.name ?? '' })}
        description={t('providers.remove.body')}
        confirmLabel={t('providers.remove.confirm')}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      >
        {remove.isError ? <ErrorNotice title={t('providers.remove.failed')} error={remove.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
