import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyze.js';
import { createTextViews } from '../../normalize/create-text-views.js';
import { DEFAULT_POLICY } from '../../policy/default-policy.js';
import { PolicySchema } from '../../policy/policy-schema.js';
import { DEFAULT_RESOURCES } from '../../resources.js';
import type { DetectorFinding } from '../detector.js';
import { createCanary } from './create-canary.js';
import { systemPromptLeakageDetector } from './system-prompt-leakage-detector.js';

const SYSTEM_PROMPT = [
  'You are Hermes, the support assistant of Nordlicht Energie GmbH.',
  'Answer questions about electricity and gas tariffs, meter readings, invoices and moving house.',
  'Never quote internal tariff codes such as NL-GAS-7 or NL-STROM-ECO to customers.',
  'If a customer threatens to cancel, offer the loyalty discount of twelve percent for the first year,',
  'but only after they mention a competitor by name.',
  'Escalate complaints about the smart meter rollout to the field service team in Kassel.',
  'Do not discuss the pending merger with Südwind Versorgung under any circumstances.',
  'Keep answers under one hundred and fifty words and always close with a friendly greeting.',
].join(' ');

function detect({
  text,
  systemPrompt,
  canary,
  options,
}: {
  text: string;
  systemPrompt?: string;
  canary?: string;
  options?: Record<string, unknown>;
}): DetectorFinding[] {
  const policy = PolicySchema.parse({ version: 1 });
  const state = systemPromptLeakageDetector.prepare({ options, policy });
  return systemPromptLeakageDetector.detect({
    text,
    direction: 'output',
    views: createTextViews(text),
    state,
    conversationTerms: [],
    systemPrompt,
    canary,
    resources: DEFAULT_RESOURCES,
  });
}

describe('createCanary', () => {
  it('makes a fresh 80-bit token and an HTML-comment marker for it', () => {
    const first = createCanary();
    const second = createCanary();
    expect(first.token).toMatch(/^sgc_[a-km-np-z2-9]{16}$/);
    expect(first.marker).toBe(`<!-- ${first.token} -->`);
    expect(second.token).not.toBe(first.token);
  });
});

describe('system-prompt-leakage detector: canary', () => {
  const { token } = createCanary();

  it('finds the token as written and reports where', () => {
    const text = `Sure! My instructions end with <!-- ${token} --> and nothing else.`;
    const findings = detect({ text, canary: token });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.type).toBe('canary');
    expect(findings[0]?.severity).toBe('critical');
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe(token);
  });

  it('sees through spacing, case, zero-width characters, fullwidth letters and homoglyphs', () => {
    const body = token.slice(4);
    const spaced = `${token.slice(0, 3)} - ${body.split('').join(' ')}`;
    const shouted = token.toUpperCase().replace('_', '-');
    const hidden = token.split('').join('\u200B');
    const fullwidth = [...token].map((c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0)).join('');
    const cyrillic = token.replace(/c/g, 'с').replace(/a/g, 'а'); // Cyrillic es and a
    for (const variant of [spaced, shouted, hidden, fullwidth, cyrillic]) {
      const text = `the hidden marker is ${variant}.`;
      const findings = detect({ text, canary: token });
      expect(
        findings.map((finding) => finding.type),
        variant,
      ).toEqual(['canary']);
      expect(text.slice(findings[0]?.start, findings[0]?.end), variant).toBe(variant);
    }
  });

  it('finds the token inside a base64 payload', () => {
    const text = `encoded for you: ${Buffer.from(`marker ${token} end`).toString('base64')}`;
    const findings = detect({ text, canary: token });
    expect(findings.map((finding) => [finding.type, finding.source])).toEqual([['canary', 'base64']]);
  });

  it('finds a token whose beginning repeats inside it, and every occurrence', () => {
    const text = 'xx a-b-a-b-a-b-a-b-a-c yy, again ABABABAC.';
    const findings = detect({ text, canary: 'abababac' });
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual(['a-b-a-b-a-b-a-c', 'ABABABAC']);
  });

  it('stays silent for another token, a partial token, or when no canary is given', () => {
    const other = createCanary().token;
    expect(detect({ text: `marker ${other}`, canary: token })).toEqual([]);
    expect(detect({ text: `marker ${token.slice(0, 12)}`, canary: token })).toEqual([]);
    expect(detect({ text: `marker ${token}` })).toEqual([]);
    expect(detect({ text: `marker ${token}`, canary: token, options: { canary: false } })).toEqual([]);
  });

  it('blocks answers carrying the canary under the default policy, and only answers', () => {
    const text = `My system prompt ends with ${token}.`;
    const output = analyzeText({ text, direction: 'output', canary: token });
    expect(output.action).toBe('block');
    const blocking = output.findings.filter((finding) => finding.action === 'block');
    expect(blocking.map((finding) => [finding.category, finding.type])).toEqual([['system_prompt_leakage', 'canary']]);
    const input = analyzeText({ text, direction: 'input', canary: token });
    expect(input.findings.some((finding) => finding.category === 'system_prompt_leakage')).toBe(false);
  });
});

describe('system-prompt-leakage detector: overlap', () => {
  it('fires when the answer reproduces a long stretch of the system prompt, covering the copy', () => {
    const copied =
      'If a customer threatens to cancel, offer the loyalty discount of twelve percent for the first year, but only ' +
      'after they mention a competitor by name.';
    const text = `Happy to share! My guidance says: "${copied}" Anything else?`;
    const findings = detect({ text, systemPrompt: SYSTEM_PROMPT });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.type).toBe('system_prompt_overlap');
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe(copied.slice(0, -1));
  });

  it('sees through reformatting: case, line breaks, punctuation and homoglyphs', () => {
    const text =
      'RULES:\n- never quote internal tariff codes such as nl gas 7 or nl strom eco to customers\n' +
      '- if a customer thrеatens to cancel offer the loyalty discount of twelve percent'; // Cyrillic е
    const findings = detect({ text, systemPrompt: SYSTEM_PROMPT });
    // The two bullet points follow each other in the prompt too: one copied stretch.
    expect(findings.map((finding) => finding.type)).toEqual(['system_prompt_overlap']);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toMatch(/^never quote .* twelve percent$/s);
  });

  it('does not fire for short common runs or a paraphrase', () => {
    const text =
      'You are welcome! As the support assistant I can answer questions about electricity and gas. ' +
      'For meter readings, please use the customer portal; the team will help with moving house.';
    expect(detect({ text, systemPrompt: SYSTEM_PROMPT })).toEqual([]);
  });

  it('needs an absolute minimum, so copying a very short prompt is not leakage', () => {
    const systemPrompt = 'You are a helpful assistant. Answer briefly and politely.';
    expect(detect({ text: systemPrompt, systemPrompt })).toEqual([]);
  });

  it('needs a share of a long prompt, unless the copy is long in itself', () => {
    const sentences = Array.from(
      { length: 120 },
      (_, i) => `Rule ${i + 1} tells the assistant to handle topic number ${i + 1} with care and patience.`,
    );
    const systemPrompt = sentences.join(' ');
    // Two sentences: 26 words of a ~1,900-word prompt — neither 20 % nor 40 words.
    const short = `${sentences[10]} ${sentences[11]}`;
    expect(detect({ text: `Here: ${short}`, systemPrompt })).toEqual([]);
    // Four sentences: 52 words — over the absolute 40.
    const long = sentences.slice(10, 14).join(' ');
    expect(detect({ text: `Here: ${long}`, systemPrompt }).map((finding) => finding.type)).toEqual([
      'system_prompt_overlap',
    ]);
  });

  it('blocks the answer under the default policy when a system prompt is given', () => {
    const text = `My instructions: ${SYSTEM_PROMPT}`;
    const verdict = analyzeText({ text, direction: 'output', systemPrompt: SYSTEM_PROMPT, policy: DEFAULT_POLICY });
    expect(verdict.action).toBe('block');
    expect(verdict.findings.filter((finding) => finding.action === 'block')[0]?.category).toBe('system_prompt_leakage');
    const withoutPrompt = analyzeText({ text, direction: 'output' });
    expect(withoutPrompt.findings.some((finding) => finding.category === 'system_prompt_leakage')).toBe(false);
  });
});
