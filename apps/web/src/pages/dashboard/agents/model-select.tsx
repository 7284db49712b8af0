import type { CatalogModel } from '@sigmacode/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { modelsQueryOptions } from '../../../api';
import { Input, Select } from '../../../components/ui';
import { useT } from '../../../i18n';

const CUSTOM = '__custom__';

/** The label of a model in a list: its name, and why it may not be the right choice. */
function optionLabel({ model, t }: { model: CatalogModel; t: ReturnType<typeof useT> }): string {
  if (!model.isLLM) return `${model.id} — ${t('models.devModel')}`;
  if (!model.available) return `${model.label} (${t('models.notConfigured')})`;
  return model.label;
}

/**
 * A chat model from the catalog (models whose provider is not configured are listed but disabled), or any other
 * `<provider>/<model>` id, e.g. one of an organization credential's models.
 *
 * @example
 * <ModelSelect id="agent-model" value={model} onChange={setModel} />
 */
export function ModelSelect({
  id,
  value,
  onChange,
  disabled,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (model: string) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const t = useT();
  const models = useQuery(modelsQueryOptions());
  const chatModels = (models.data?.data ?? []).filter((model) => model.capabilities.chat);
  const known = chatModels.some((model) => model.id === value);
  const [custom, setCustom] = useState(false);
  const showCustom = custom || (!known && value !== '' && !models.isPending);
  return (
    <div className="space-y-2">
      <Select
        id={id}
        value={showCustom ? CUSTOM : value}
        disabled={disabled || models.isPending}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          if (event.target.value === CUSTOM) {
            setCustom(true);
            return;
          }
          setCustom(false);
          onChange(event.target.value);
        }}
      >
        {models.isPending ? <option value={value}>{t('ui.loading')}</option> : null}
        {value === '' && !models.isPending ? <option value="">{t('agents.model.choose')}</option> : null}
        {chatModels.map((model) => (
          <option key={model.id} value={model.id} disabled={!model.available && model.id !== value}>
            {optionLabel({ model, t })}
          </option>
        ))}
        <option value={CUSTOM}>{t('agents.model.custom')}</option>
      </Select>
      {showCustom ? (
        <Input
          aria-label={t('agents.model.customLabel')}
          placeholder="my-openai/gpt-4o-mini"
          value={known ? '' : value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          className="font-mono"
        />
      ) : null}
    </div>
  );
}
