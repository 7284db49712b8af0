import { describe, expect, it } from 'vitest';
import type { App } from '../../../api/apps-schemas';
import { configFromForm, formFromApp } from './agent-form';

const app: App = {
  id: 'app_1',
  name: 'Support',
  description: 'Answers questions',
  mode: 'chat',
  version: 3,
  config: {
    model: 'openai/gpt-4o-mini',
    upstream: null,
    systemPrompt: 'Be brief.',
    parameters: { temperature: 0.7, stop: ['END'] },
    openingStatement: 'Hi!',
    suggestedQuestions: ['What can you do?'],
    suggestFollowUps: false,
    tools: ['calculator'],
    fallbackModels: [],
    memoryWindow: 12,
    maxSteps: 5,
  },
  firewallPolicy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('configFromForm', () => {
  it('gives back the same configuration for an untouched form', () => {
    const result = configFromForm({ form: formFromApp(app), base: app.config });
    expect(result).toEqual({ ok: true, config: app.config });
  });

  it('keeps fields the form does not show (stop sequences, memory window)', () => {
    const form = { ...formFromApp(app), systemPrompt: 'Be kind.', temperature: '' };
    const result = configFromForm({ form, base: app.config });
    expect(result.ok && result.config).toMatchObject({
      systemPrompt: 'Be kind.',
      parameters: { stop: ['END'] },
      memoryWindow: 12,
    });
    expect(result.ok && 'temperature' in result.config.parameters).toBe(false);
  });

  it('parses numbers, accepting a decimal comma', () => {
    const form = { ...formFromApp(app), temperature: '0,3', topP: '0.9', maxTokens: '512' };
    const result = configFromForm({ form, base: app.config });
    expect(result.ok && result.config.parameters).toEqual({
      temperature: 0.3,
      topP: 0.9,
      maxTokens: 512,
      stop: ['END'],
    });
  });

  it('reports numbers that are not numbers or out of range', () => {
    const form = { ...formFromApp(app), temperature: 'warm', topP: '1.5', maxTokens: '2.5', maxSteps: '99' };
    expect(configFromForm({ form, base: app.config })).toEqual({
      ok: false,
      errors: { temperature: 'number', topP: 'range', maxTokens: 'number', maxSteps: 'range' },
    });
  });

  it('reads one suggested question per line, skipping blank lines', () => {
    const form = { ...formFromApp(app), suggestedQuestions: ' First? \n\n Second?\n' };
    const result = configFromForm({ form, base: app.config });
    expect(result.ok && result.config.suggestedQuestions).toEqual(['First?', 'Second?']);
  });

  it('refuses more than ten suggested questions and more than three fallback models', () => {
    const form = {
      ...formFromApp(app),
      suggestedQuestions: Array.from({ length: 11 }, (_, index) => `Q${index}`).join('\n'),
      fallbackModels: ['a/1', 'b/2', 'c/3', 'd/4'],
    };
    expect(configFromForm({ form, base: app.config })).toEqual({
      ok: false,
      errors: { suggestedQuestions: 'tooMany', fallbackModels: 'tooMany' },
    });
  });

  it('keeps a Dify app key unless a new one is typed, and clears the base URL to the platform default', () => {
    const { model: _model, ...withoutModel } = app.config;
    const dify = { ...app, config: { ...withoutModel, upstream: { kind: 'dify', baseUrl: 'https://d.example/v1' } } };
    const untouched = configFromForm({ form: formFromApp(dify), base: dify.config });
    expect(untouched.ok && untouched.config.upstream).toEqual({ kind: 'dify', baseUrl: 'https://d.example/v1' });
    const changed = configFromForm({
      form: { ...formFromApp(dify), difyBaseUrl: ' ', difyKey: ' app-new-key-123 ' },
      base: dify.config,
    });
    expect(changed.ok && changed.config.upstream).toEqual({ kind: 'dify', baseUrl: null, apiKey: 'app-new-key-123' });
    expect(changed.ok && 'model' in changed.config).toBe(false);
  });

  it('drops the main model from the fallbacks and requires a name and a model', () => {
    const withFallback = { ...formFromApp(app), fallbackModels: ['openai/gpt-4o-mini', 'sigmacode/echo'] };
    const result = configFromForm({ form: withFallback, base: app.config });
    expect(result.ok && result.config.fallbackModels).toEqual(['sigmacode/echo']);
    const empty = { ...formFromApp(app), name: ' ', model: '' };
    expect(configFromForm({ form: empty, base: app.config })).toEqual({
      ok: false,
      errors: { name: 'required', model: 'required' },
    });
  });
});
