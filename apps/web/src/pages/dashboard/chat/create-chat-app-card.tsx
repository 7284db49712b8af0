import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessageSquare } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { createChatApp, modelsQueryOptions } from '../../../api';
import { Button, EmptyState, ErrorNotice, Field, Input, Notice, Select } from '../../../components/ui';
import { useT } from '../../../i18n';

/** The chat page when the organization has no app yet: pick a model and create a simple chat app in one step. */
export function CreateChatAppCard({
  canCreate,
  onCreated,
}: {
  canCreate: boolean;
  onCreated: (appId: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const models = useQuery(modelsQueryOptions());
  const chatModels = (models.data?.data ?? []).filter((model) => model.capabilities.chat && model.available);
  const [name, setName] = useState(t('chat.appNameDefault'));
  const [model, setModel] = useState('');
  const chosen = model || chatModels.find((candidate) => candidate.isLLM)?.id || chatModels[0]?.id || '';
  const create = useMutation({
    mutationFn: createChatApp,
    onSuccess: async (app) => {
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      onCreated(app.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && name.trim()) create.mutate({ name: name.trim(), model: chosen });
  };
  return (
    <EmptyState
      icon={MessageSquare}
      title={t('chat.noAppsTitle')}
      body={t('chat.noAppsBody')}
      action={
        canCreate ? (
          models.data && chatModels.length === 0 ? (
            <Notice tone="warning">{t('chat.noModels')}</Notice>
          ) : (
            <form onSubmit={submit} className="grid w-full max-w-md gap-3 text-left sm:grid-cols-2">
              <Field id="chat-app-name" label={t('chat.appName')}>
                {(control) => <Input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
              </Field>
              <Field id="chat-app-model" label={t('chat.model')}>
                {(control) => (
                  <Select {...control} value={chosen} onChange={(event) => setModel(event.target.value)}>
                    {chatModels.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {candidate.label}
                        {candidate.isLLM ? '' : ` (${t('chat.devModel')})`}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Button
                type="submit"
                variant="primary"
                loading={create.isPending}
                disabled={!chosen || !name.trim()}
                className="sm:col-span-2"
              >
                {t('chat.createApp')}
              </Button>
              {create.isError ? (
                <ErrorNotice className="sm:col-span-2" title={t('chat.createFailed')} error={create.error} />
              ) : null}
            </form>
          )
        ) : (
          <Notice tone="info">{t('chat.readOnly')}</Notice>
        )
      }
    />
  );
}
