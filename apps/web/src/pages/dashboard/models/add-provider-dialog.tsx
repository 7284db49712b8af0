import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { modelsQueryOptions } from '../../../api';
import {
  PROVIDER_TYPES,
  PROVIDERS_QUERY_KEY,
  type ProviderConfigInput,
  type ProviderType,
  putProvider,
} from '../../../api/providers-api';
import { Button, Dialog, ErrorNotice, Field, Input, Select } from '../../../components/ui';
import { useT } from '../../../i18n';

const NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Which fields each type asks for (the server validates them again). */
const NEEDS = {
  apiKey: (type: ProviderType) => type !== 'ollama' && type !== 'openai-compatible',
  baseURL: (type: ProviderType) => type === 'openai-compatible',
};

/**
 * Connects a model provider for the organization: a name (models become `<name>/<model>`), the type, and the key
 * and address it needs. The key is sealed by the server and never shown again.
 *
 * @example
 * <AddProviderDialog open={open} onOpenChange={setOpen} />
 */
export function AddProviderDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [type, setType] = useState<ProviderType>('openai');
  const [name, setName] = useState('openai');
  const [nameTouched, setNameTouched] = useState(false);
  const [apiKey, setApiKey] = useState('');
  const [baseURL, setBaseURL] = useState('');
  const [resourceName, setResourceName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const config: ProviderConfigInput = { type };
      if (apiKey.trim()) config.apiKey = apiKey.trim();
      if (baseURL.trim()) config.baseURL = baseURL.trim();
      if (type === 'azure' && resourceName.trim()) config.resourceName = resourceName.trim();
      return putProvider({ name, config });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PROVIDERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: modelsQueryOptions().queryKey }),
      ]);
      close(false);
    },
  });
  function close(next: boolean) {
    onOpenChange(next);
    if (!next) {
      setApiKey('');
      setBaseURL('');
      setResourceName('');
      setSubmitted(false);
      save.reset();
    }
  }
  const errors = {
    name: NAME_PATTERN.test(name) ? undefined : t('providers.error.name'),
    apiKey: NEEDS.apiKey(type) && !apiKey.trim() ? t('agents.error.required') : undefined,
    baseURL: NEEDS.baseURL(type) && !baseURL.trim() ? t('agents.error.required') : undefined,
    resourceName: type === 'azure' && !resourceName.trim() && !baseURL.trim() ? t('providers.error.azure') : undefined,
  };
  const valid = !Object.values(errors).some(Boolean);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (valid) save.mutate();
  };
  const shown = (error: string | undefined) => (submitted ? error : undefined);

  return (
    <Dialog open={open} onOpenChange={close} title={t('providers.add.title')} description={t('providers.add.body')}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <Field id="provider-type" label={t('providers.field.type')}>
          {(control) => (
            <Select
              {...control}
              value={type}
              onChange={(event) => {
                const next = event.target.value as ProviderType;
                setType(next);
                if (!nameTouched) setName(next);
              }}
            >
              {PROVIDER_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`providers.type.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="provider-name"
          label={t('providers.field.name')}
          hint={t('providers.field.nameHint', { name: name || 'name' })}
          error={shown(errors.name)}
        >
          {(control) => (
            <Input
              {...control}
              value={name}
              autoComplete="off"
              className="font-mono"
              onChange={(event) => {
                setNameTouched(true);
                setName(event.target.value.toLowerCase());
              }}
            />
          )}
        </Field>
        {type === 'azure' ? (
          <Field id="provider-resource" label={t('providers.field.resourceName')} error={shown(errors.resourceName)}>
            {(control) => (
              <Input {...control} value={resourceName} onChange={(event) => setResourceName(event.target.value)} />
            )}
          </Field>
        ) : null}
        <Field
          id="provider-key"
          label={NEEDS.apiKey(type) ? t('providers.field.apiKey') : t('providers.field.apiKeyOptional')}
          hint={t('providers.field.apiKeyHint')}
          error={shown(errors.apiKey)}
        >
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={apiKey}
              onChange={(event) => setApiKey(event.target.value)}
              className="font-mono"
            />
          )}
        </Field>
        <Field
          id="provider-url"
          label={NEEDS.baseURL(type) ? t('providers.field.baseURL') : t('providers.field.baseURLOptional')}
          hint={t('providers.field.baseURLHint')}
          error={shown(errors.baseURL)}
        >
          {(control) => (
            <Input
              {...control}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={baseURL}
              onChange={(event) => setBaseURL(event.target.value)}
            />
          )}
        </Field>
        {save.isError ? <ErrorNotice title={t('providers.add.failed')} error={save.error} /> : null}
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={() => close(false)} disabled={save.isPending}>
            {t('ui.cancel')}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending}>
            {t('providers.add.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
