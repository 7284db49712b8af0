import type { App, AppConfig } from '../../../api/apps-schemas';

/**
 * The configuration form's fields, as the inputs hold them (numbers as text, so a half-typed "0." stays editable).
 * {@link formFromApp} fills it, {@link configFromForm} turns it back into a configuration.
 */
export interface AgentForm {
  name: string;
  description: string;
  model: string;
  systemPrompt: string;
  temperature: string;
  topP: string;
  maxTokens: string;
  openingStatement: string;
  /** One question per line. */
  suggestedQuestions: string;
  suggestFollowUps: boolean;
  tools: string[];
  fallbackModels: string[];
  maxSteps: string;
  /** Dify-backed apps: the Service API base URL ('' = the platform's Dify). */
  difyBaseUrl: string;
  /** Dify-backed apps: a replacement app key; empty keeps the stored one (keys are never sent back). */
  difyKey: string;
}

export type AgentFormErrors = Partial<Record<keyof AgentForm, 'number' | 'range' | 'required' | 'tooMany'>>;

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * The form for an app's current configuration.
 *
 * @example
 * const [form, setForm] = useState(() => formFromApp(app));
 */
export function formFromApp(app: App): AgentForm {
  const { config } = app;
  return {
    name: app.name,
    description: app.description,
    model: config.model ?? '',
    systemPrompt: config.systemPrompt,
    temperature: numberText(config.parameters.temperature),
    topP: numberText(config.parameters.topP),
    maxTokens: numberText(config.parameters.maxTokens),
    openingStatement: config.openingStatement,
    suggestedQuestions: config.suggestedQuestions.join('\n'),
    suggestFollowUps: config.suggestFollowUps ?? false,
    tools: [...config.tools],
    fallbackModels: [...config.fallbackModels],
    maxSteps: numberText(config.maxSteps),
    difyBaseUrl: config.upstream?.baseUrl ?? '',
    difyKey: '',
  };
}

const LIMITS = {
  temperature: { min: 0, max: 2, integer: false },
  topP: { min: 0, max: 1, integer: false },
  maxTokens: { min: 1, max: 200_000, integer: true },
  maxSteps: { min: 1, max: 25, integer: true },
} as const;

/** Parses an optional number field: undefined when empty, an error when not a number or out of range. */
function parseNumber(
  text: string,
  limit: (typeof LIMITS)[keyof typeof LIMITS],
): number | 'number' | 'range' | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || (limit.integer && !Number.isInteger(value))) return 'number';
  if (value < limit.min || value > limit.max) return 'range';
  return value;
}

/**
 * The configuration a form describes, built on the app's current one so fields the form does not show (the Dify
 * upstream, memory window, stop sequences, …) are kept. Returns the field errors instead when a field is invalid.
 *
 * @example
 * const result = configFromForm({ form, base: app.config });
 * if (result.ok) updateApp({ appId, input: { name: form.name, config: result.config } });
 */
export function configFromForm({
  form,
  base,
}: {
  form: AgentForm;
  base: AppConfig;
}): { ok: true; config: AppConfig } | { ok: false; errors: AgentFormErrors } {
  const errors: AgentFormErrors = {};
  const parameters = { ...base.parameters };
  for (const field of ['temperature', 'topP', 'maxTokens'] as const) {
    const parsed = parseNumber(form[field], LIMITS[field]);
    if (parsed === 'number' || parsed === 'range') errors[field] = parsed;
    else if (parsed === undefined) delete parameters[field];
    else parameters[field] = parsed;
  }
  const maxSteps = parseNumber(form.maxSteps, LIMITS.maxSteps);
  if (maxSteps === 'number' || maxSteps === 'range') errors.maxSteps = maxSteps;
  if (!form.name.trim()) errors.name = 'required';
  if (!form.model.trim() && !base.upstream) errors.model = 'required';
  const suggestedQuestions = form.suggestedQuestions
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (suggestedQuestions.length > 10) errors.suggestedQuestions = 'tooMany';
  const fallbackModels = form.fallbackModels.filter((model) => model && model !== form.model);
  if (fallbackModels.length > 3) errors.fallbackModels = 'tooMany';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const config: AppConfig = {
    ...base,
    systemPrompt: form.systemPrompt,
    parameters,
    openingStatement: form.openingStatement,
    suggestedQuestions,
    suggestFollowUps: form.suggestFollowUps,
    tools: [...new Set(form.tools)],
    fallbackModels,
  };
  if (form.model.trim()) config.model = form.model.trim();
  if (base.upstream) {
    config.upstream = {
      ...base.upstream,
      baseUrl: form.difyBaseUrl.trim() || null,
      ...(form.difyKey.trim() ? { apiKey: form.difyKey.trim() } : {}),
    };
  }
  if (typeof maxSteps === 'number') config.maxSteps = maxSteps;
  return { ok: true, config };
}
