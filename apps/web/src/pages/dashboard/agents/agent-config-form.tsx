import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Save } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { APPS_QUERY_KEY, updateApp } from '../../../api/apps-api';
import type { App } from '../../../api/apps-schemas';
import { Button, Card, CardHeader, ErrorNotice, Field, Input, Notice, Switch, Textarea } from '../../../components/ui';
import { useT } from '../../../i18n';
import { type AgentForm, type AgentFormErrors, configFromForm, formFromApp } from './agent-form';
import { FallbackModels } from './fallback-models';
import { ModelSelect } from './model-select';
import { ToolPicker } from './tool-picker';

/**
 * An agent's configuration: name, model and fallbacks, parameters, system prompt, opening statement, suggested
 * questions and tools. Saving stores a new version. Without `canWrite` everything is read-only.
 *
 * @example
 * <AgentConfigForm app={app} canWrite={can(me, 'apps:write')} />
 */
export function AgentConfigForm({ app, canWrite }: { app: App; canWrite: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<AgentForm>(() => formFromApp(app));
  const [errors, setErrors] = useState<AgentFormErrors>({});
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  // A new version from elsewhere (saved here, restored, or another tab) replaces the form's content.
  const [baseVersion, setBaseVersion] = useState(app.version);
  if (app.version !== baseVersion) {
    setBaseVersion(app.version);
    setForm(formFromApp(app));
  }
  const dirty = JSON.stringify(form) !== JSON.stringify(formFromApp(app));
  const readOnly = !canWrite;

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updateApp>[0]['input']) => updateApp({ appId: app.id, input }),
    onSuccess: (updated) => {
      queryClient.setQueryData([...APPS_QUERY_KEY, app.id], updated);
      void queryClient.invalidateQueries({ queryKey: APPS_QUERY_KEY });
      setSavedVersion(updated.version);
    },
  });

  const change = <K extends keyof AgentForm>(key: K, value: AgentForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setSavedVersion(null);
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const errorText = (key: keyof AgentForm) => (errors[key] ? t(`agents.error.${errors[key]}`) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = configFromForm({ form, base: app.config });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    save.mutate({ name: form.name.trim(), description: form.description, config: result.config });
  };

  const text = (key: 'temperature' | 'topP' | 'maxTokens' | 'maxSteps', hint: string) => (
    <Field id={`agent-${key}`} label={t(`agents.field.${key}`)} hint={hint} error={errorText(key)}>
      {(control) => (
        <Input
          {...control}
          inputMode="decimal"
          value={form[key]}
          disabled={readOnly}
          placeholder={t('agents.field.defaultPlaceholder')}
          onChange={(event) => change(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {readOnly ? <Notice tone="info">{t('agents.readOnly')}</Notice> : null}
      {app.config.upstream ? <Notice tone="info">{t('agents.difyNote')}</Notice> : null}

      <Card>
        <CardHeader title={t('agents.section.general')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="agent-name" label={t('agents.field.name')} error={errorText('name')}>
            {(control) => (
              <Input
                {...control}
                value={form.name}
                maxLength={100}
                disabled={readOnly}
                onChange={(event) => change('name', event.target.value)}
              />
            )}
          </Field>
          <Field id="agent-description" label={t('agents.field.description')}>
            {(control) => (
              <Input
                {...control}
                value={form.description}
                maxLength={2000}
                disabled={readOnly}
                onChange={(event) => change('description', event.target.value)}
              />
            )}
          </Field>
        </div>
      </Card>

      {app.config.upstream ? (
        <Card>
          <CardHeader title={t('agents.section.dify')} description={t('agents.section.difyBody')} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="agent-dify-url" label={t('agents.dify.url')} hint={t('agents.dify.urlHint')}>
              {(control) => (
                <Input
                  {...control}
                  type="url"
                  inputMode="url"
                  value={form.difyBaseUrl}
                  disabled={readOnly}
                  placeholder="https://dify.example.com/v1"
                  onChange={(event) => change('difyBaseUrl', event.target.value)}
                />
              )}
            </Field>
            <Field id="agent-dify-key" label={t('agents.dify.newKey')} hint={t('agents.dify.newKeyHint')}>
              {(control) => (
                <Input
                  {...control}
                  type="password"
                  autoComplete="off"
                  className="font-mono"
                  value={form.difyKey}
                  disabled={readOnly}
                  placeholder="app-…"
                  onChange={(event) => change('difyKey', event.target.value)}
                />
              )}
            </Field>
          </div>
        </Card>
      ) : (
        <>
          <Card>
            <CardHeader title={t('agents.section.model')} description={t('agents.section.modelBody')} />
            <div className="space-y-5">
              <Field id="agent-model" label={t('agents.field.model')} error={errorText('model')}>
                {(control) => (
                  <ModelSelect
                    id={control.id}
                    describedBy={control['aria-describedby']}
                    invalid={Boolean(control['aria-invalid'])}
                    value={form.model}
                    onChange={(model) => change('model', model)}
                    disabled={readOnly}
                  />
                )}
              </Field>
              <div>
                <FallbackModels
                  primary={form.model}
                  value={form.fallbackModels}
                  onChange={(models) => change('fallbackModels', models)}
                  disabled={readOnly}
                  describedBy="agent-fallback-hint"
                />
                <p id="agent-fallback-hint" className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
                  {errorText('fallbackModels') ?? t('agents.field.fallbackModelsHint')}
                </p>
              </div>
              <div className="grid gap-4 sm:grid-cols-3">
                {text('temperature', t('agents.field.temperatureHint'))}
                {text('topP', t('agents.field.topPHint'))}
                {text('maxTokens', t('agents.field.maxTokensHint'))}
              </div>
            </div>
          </Card>

          <Card>
            <CardHeader title={t('agents.section.prompt')} />
            <div className="space-y-4">
              <Field
                id="agent-system-prompt"
                label={t('agents.field.systemPrompt')}
                hint={t('agents.field.systemPromptHint')}
              >
                {(control) => (
                  <Textarea
                    {...control}
                    rows={6}
                    value={form.systemPrompt}
                    disabled={readOnly}
                    onChange={(event) => change('systemPrompt', event.target.value)}
                  />
                )}
              </Field>
              <Field
                id="agent-opening"
                label={t('agents.field.openingStatement')}
                hint={t('agents.field.openingStatementHint')}
              >
                {(control) => (
                  <Textarea
                    {...control}
                    rows={2}
                    value={form.openingStatement}
                    disabled={readOnly}
                    onChange={(event) => change('openingStatement', event.target.value)}
                  />
                )}
              </Field>
              <Field
                id="agent-suggested"
                label={t('agents.field.suggestedQuestions')}
                hint={t('agents.field.suggestedQuestionsHint')}
                error={errorText('suggestedQuestions')}
              >
                {(control) => (
                  <Textarea
                    {...control}
                    rows={3}
                    value={form.suggestedQuestions}
                    disabled={readOnly}
                    onChange={(event) => change('suggestedQuestions', event.target.value)}
                  />
                )}
              </Field>
              <div className="flex items-start gap-3">
                <Switch
                  id="agent-follow-ups"
                  checked={form.suggestFollowUps}
                  onCheckedChange={(checked) => change('suggestFollowUps', checked)}
                  disabled={readOnly}
                />
                <label htmlFor="agent-follow-ups" className="text-sm">
                  <span className="font-medium">{t('agents.field.suggestFollowUps')}</span>
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                    {t('agents.field.suggestFollowUpsHint')}
                  </span>
                </label>
              </div>
            </div>
          </Card>

          <Card>
            <CardHeader title={t('agents.section.tools')} description={t('agents.section.toolsBody')} />
            {app.mode !== 'agent-chat' ? (
              <Notice tone="info" className="mb-4">
                {t('agents.tools.onlyAgents')}
              </Notice>
            ) : null}
            <ToolPicker value={form.tools} onChange={(tools) => change('tools', tools)} disabled={readOnly} />
            {app.mode === 'agent-chat' ? (
              <div className="mt-4 max-w-xs">{text('maxSteps', t('agents.field.maxStepsHint'))}</div>
            ) : null}
          </Card>
        </>
      )}

      {save.isError ? <ErrorNotice title={t('agents.saveFailed')} error={save.error} /> : null}
      {savedVersion !== null && !dirty ? (
        <div className="sticky bottom-4 z-10 shadow-lg">
          <Notice tone="success">{t('agents.saved', { version: savedVersion })}</Notice>
        </div>
      ) : null}
      {canWrite && dirty ? (
        <div className="sticky bottom-4 z-10 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-brand-200 bg-white/95 p-3 shadow-lg backdrop-blur dark:border-brand-900 dark:bg-zinc-900/95">
          <p className="font-medium text-sm" role="status">
            {Object.keys(errors).length > 0 ? t('agents.fixErrors') : t('agents.unsaved')}
          </p>
          <div className="flex gap-2">
            <Button
              onClick={() => {
                setForm(formFromApp(app));
                setErrors({});
              }}
              disabled={save.isPending}
            >
              {t('firewall.discard')}
            </Button>
            <Button
              type="submit"
              variant="primary"
              loading={save.isPending}
              icon={<Save className="size-4" aria-hidden="true" />}
            >
              {t('agents.save')}
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
