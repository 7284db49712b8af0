import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { APPS_QUERY_KEY, createApp } from '../../../api/apps-api';
import { AGENT_MODES, APP_MODES, type AppMode } from '../../../api/apps-schemas';
import { Button, Dialog, ErrorNotice, Field, Input, Textarea } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ModelSelect } from './model-select';

const DEFAULT_MODEL = 'sigmacode/echo';
const BACKENDS = ['engine', 'dify'] as const;
type Backend = (typeof BACKENDS)[number];

/**
 * Creates an agent (name, description, mode, model) and opens its page, where everything else is configured.
 *
 * @example
 * <CreateAgentDialog open={open} onOpenChange={setOpen} />
 */
export function CreateAgentDialog({
  open,
  onOpenChange,
  initialBackend = 'engine',
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `dify` starts with "runs on a Dify app" chosen (the workflows page uses it). */
  initialBackend?: Backend;
}) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [backend, setBackend] = useState<Backend>(initialBackend);
  const [mode, setMode] = useState<AppMode>(initialBackend === 'dify' ? 'workflow' : 'chat');
  const [model, setModel] = useState(DEFAULT_MODEL);
  const [difyUrl, setDifyUrl] = useState('');
  const [difyKey, setDifyKey] = useState('');
  const [touched, setTouched] = useState(false);
  const modes: readonly AppMode[] = backend === 'dify' ? APP_MODES : AGENT_MODES;
  const create = useMutation({
    mutationFn: () =>
      createApp({
        name: name.trim(),
        description,
        mode,
        config:
          backend === 'dify'
            ? { upstream: { kind: 'dify', baseUrl: difyUrl.trim() || null, apiKey: difyKey.trim() } }
            : { model: model.trim() },
      }),
    onSuccess: async (app) => {
      await queryClient.invalidateQueries({ queryKey: APPS_QUERY_KEY });
      onOpenChange(false);
      setName('');
      setDescription('');
      setTouched(false);
      setDifyKey('');
      create.reset();
      void navigate({ to: '/dashboard/agents/$agentId', params: { agentId: app.id } });
    },
  });
  const nameError = touched && !name.trim() ? t('agents.error.required') : undefined;
  const keyError = touched && backend === 'dify' && difyKey.trim().length < 8 ? t('agents.dify.keyError') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!name.trim() || (backend === 'engine' && !model.trim()) || (backend === 'dify' && difyKey.trim().length < 8))
      return;
    create.mutate();
  };
  const chooseBackend = (next: Backend) => {
    setBackend(next);
    if (next === 'engine' && mode === 'workflow') setMode('chat');
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('agents.create.title')}
      description={t('agents.create.description')}
      size="lg"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        <Field id="agent-create-name" label={t('agents.field.name')} error={nameError}>
          {(control) => (
            <Input
              {...control}
              value={name}
              maxLength={100}
              autoComplete="off"
              placeholder={t('agents.field.namePlaceholder')}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field id="agent-create-description" label={t('agents.field.description')}>
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={2000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend className="mb-1.5 font-medium text-sm text-zinc-800 dark:text-zinc-200">
            {t('agents.field.backend')}
          </legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {BACKENDS.map((value) => (
              <label
                key={value}
                className="flex cursor-pointer flex-col rounded-xl border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 dark:border-zinc-800 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950/60"
              >
                <span className="flex items-center gap-2 font-medium text-sm">
                  <input
                    type="radio"
                    name="agent-create-backend"
                    value={value}
                    checked={backend === value}
                    onChange={() => chooseBackend(value)}
                    className="accent-brand-600"
                  />
                  {t(`agents.backend.${value}`)}
                </span>
                <span className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  {t(`agents.backend.${value}.body`)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-1.5 font-medium text-sm text-zinc-800 dark:text-zinc-200">
            {t('agents.field.mode')}
          </legend>
          <div className={modes.length === 3 ? 'grid gap-2 sm:grid-cols-3' : 'grid gap-2 sm:grid-cols-2'}>
            {modes.map((value) => (
              <label
                key={value}
                className="flex cursor-pointer flex-col rounded-xl border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 dark:border-zinc-800 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950/60"
              >
                <span className="flex items-center gap-2 font-medium text-sm">
                  <input
                    type="radio"
                    name="agent-create-mode"
                    value={value}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                    className="accent-brand-600"
                  />
                  {t(`agents.mode.${value}`)}
                </span>
                <span className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t(`agents.mode.${value}.body`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {backend === 'engine' ? (
          <Field id="agent-create-model" label={t('agents.field.model')} hint={t('agents.field.modelHint')}>
            {(control) => (
              <ModelSelect
                id={control.id}
                describedBy={control['aria-describedby']}
                value={model}
                onChange={setModel}
              />
            )}
          </Field>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="agent-create-dify-url" label={t('agents.dify.url')} hint={t('agents.dify.urlHint')}>
              {(control) => (
                <Input
                  {...control}
                  type="url"
                  inputMode="url"
                  placeholder="https://dify.example.com/v1"
                  value={difyUrl}
                  onChange={(event) => setDifyUrl(event.target.value)}
                />
              )}
            </Field>
            <Field
              id="agent-create-dify-key"
              label={t('agents.dify.key')}
              hint={t('agents.dify.keyHint')}
              error={keyError}
            >
              {(control) => (
                <Input
                  {...control}
                  type="password"
                  autoComplete="off"
                  className="font-mono"
                  placeholder="app-…"
                  value={difyKey}
                  onChange={(event) => setDifyKey(event.target.value)}
                />
              )}
            </Field>
          </div>
        )}
        {create.isError ? <ErrorNotice title={t('agents.create.failed')} error={create.error} /> : null}
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={() => onOpenChange(false)} disabled={create.isPending}>
            {t('ui.cancel')}
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('agents.create.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
