import { AppError } from '@sigmacode/core';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze.js';
import { createCanary } from '../detectors/system-prompt-leakage/create-canary.js';
import { DEFAULT_POLICY } from '../policy/default-policy.js';
import { PolicySchema } from '../policy/policy-schema.js';
import { createPseudonymVault } from '../redact/create-pseudonym-vault.js';
import { FAKE } from '../testing/fake-secrets.js';
import type { Finding } from '../verdict.js';
import { createOutputScanner, type OutputScannerOptions } from './create-output-scanner.js';
import type { StreamSummary } from './stream-summary.js';

/** DEFAULT_POLICY without person names, which depend on the whole text (its language); see the property test. */
const LOCAL = PolicySchema.parse({
  ...DEFAULT_POLICY,
  detectors: {
    ...DEFAULT_POLICY.detectors,
    pii: {
      ...DEFAULT_POLICY.detectors.pii,
      options: { types: ['EMAIL', 'PHONE', 'IBAN', 'CREDIT_CARD', 'TAX_ID', 'US_SSN', 'IP_ADDRESS', 'ADDRESS'] },
    },
  },
});

interface Streamed {
  /** Every piece the scanner released, in order. */
  pieces: string[];
  output: string;
  error: unknown;
  summary: StreamSummary;
  /** Output released after each input chunk was written (what a reader could have seen by then). */
  releasedAfter: string[];
}

/** Writes the chunks one by one, reading whatever the scanner releases after each (policy LOCAL unless given). */
async function stream(chunks: readonly string[], options: OutputScannerOptions = {}): Promise<Streamed> {
  const scanner = createOutputScanner({ policy: LOCAL, ...options });
  const pieces: string[] = [];
  const releasedAfter: string[] = [];
  const reader = scanner.readable.getReader();
  let error: unknown;
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        pieces.push(value);
      }
    } catch (caught) {
      error = caught;
    }
  })();
  const writer = scanner.writable.getWriter();
  try {
    for (const chunk of chunks) {
      await writer.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
      releasedAfter.push(pieces.join(''));
    }
    await writer.close();
  } catch (caught) {
    error ??= caught;
  }
  await reading;
  return { pieces, output: pieces.join(''), error, summary: scanner.summary(), releasedAfter };
}

/** Splits a text into pieces at the given lengths (the last piece takes the rest). */
function splitAt(text: string, ...lengths: number[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const length of lengths) {
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  pieces.push(text.slice(at));
  return pieces.filter(Boolean);
}

function chunksOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

const PROSE =
  'Thanks for waiting. I went through the configuration of the deployment and the billing export, and here is ' +
  'what the team should know before the release on Friday. ';

/** The default windows, and small ones that make the scanner release text mid-stream in these short texts. */
const WINDOWS: { name: string; options: OutputScannerOptions }[] = [
  { name: 'default windows', options: {} },
  { name: 'small windows', options: { holdBack: 48, scanStep: 8, lookBehind: 32 } },
];

/** Asserts that text was released before the stream ended (the scanner streamed rather than buffered it all). */
function expectReleasedEarly(result: Streamed, options: OutputScannerOptions): void {
  if (options.holdBack === undefined) return;
  const beforeLastChunk = result.releasedAfter[result.releasedAfter.length - 2] ?? '';
  expect(beforeLastChunk.length).toBeGreaterThan(0);
}

describe.each(WINDOWS)('createOutputScanner: values split across chunks ($name)', ({ options }) => {
  it('catches an AWS key split over three chunks and never releases a part of it', async () => {
    const key = FAKE.awsAccessKeyId;
    const text = `${PROSE}The access key id is ${key} and it belongs to the CI user. ${PROSE}`;
    const at = text.indexOf(key);
    const result = await stream(splitAt(text, at + 5, 7, 30, 30), options);
    expectReleasedEarly(result, options);
    expect(result.error).toBeUndefined();
    expect(result.output).toBe(text.replace(key, '[SECRET]'));
    for (const piece of result.pieces) {
      expect(piece).not.toContain(key.slice(0, 5));
      expect(piece).not.toContain(key.slice(5, 12));
      expect(piece).not.toContain(key.slice(12));
    }
    const secret = result.summary.findings.find((finding) => finding.category === 'secret');
    expect(text.slice(secret?.start, secret?.end)).toBe(key);
  });

  it('catches a GitHub token split over three chunks', async () => {
    const token = FAKE.githubPat;
    const text = `${PROSE}export GH_TOKEN=${token}\n${PROSE}`;
    const at = text.indexOf(token);
    const result = await stream(splitAt(text, at + 3, 20, 30, 30), options);
    expectReleasedEarly(result, options);
    expect(result.output).toBe(analyzeText({ text, direction: 'output', policy: LOCAL }).redactedText);
    expect(result.output).not.toContain(token.slice(4, 20));
    expect(result.output).toContain('[SECRET]');
  });

  it('catches a grouped IBAN and an e-mail address split across chunks', async () => {
    const iban = 'DE89 3704 0044 0532 0130 00';
    const email = 'jane.doe@example.org';
    const text = `${PROSE}Please transfer to ${iban} and send the receipt to ${email} today. ${PROSE}`;
    const chunks = [
      ...splitAt(text.slice(0, text.indexOf(email)), text.indexOf(iban) + 7, 9),
      ...splitAt(text.slice(text.indexOf(email)), 4, 6, 30, 30),
    ];
    const result = await stream(chunks, options);
    expectReleasedEarly(result, options);
    expect(result.output).toBe(text.replace(iban, '[IBAN]').replace(email, '[EMAIL]'));
    expect(result.summary.action).toBe('redact');
    expect(result.summary.findings.map((finding) => finding.type)).toEqual(['IBAN', 'EMAIL']);
  });

  it('handles one-character chunks exactly like the whole text', async () => {
    const text =
      `${PROSE}Key ${FAKE.awsAccessKeyId}, mail ops@example.org, IBAN DE89370400440532013000, ` +
      `token ${FAKE.githubPat}. ${PROSE}${PROSE}`;
    const result = await stream(chunksOf(text, 1), options);
    expectReleasedEarly(result, options);
    expect(result.output).toBe(analyzeText({ text, direction: 'output', policy: LOCAL }).redactedText);
    expect(result.summary.inputCharacters).toBe(text.length);
    expect(result.summary.outputCharacters).toBe(result.output.length);
  });
});

describe('createOutputScanner: holding back', () => {
  it('holds text back: a value still arriving is never released in part', async () => {
    const text = `${PROSE}${PROSE}${PROSE}write to jane.doe@example.org now`;
    const emailAt = text.indexOf('jane');
    const result = await stream(splitAt(text, emailAt + 6, 10), { holdBack: 16, scanStep: 8 });
    expect(result.releasedAfter[0]).not.toContain('jane');
    expect(result.releasedAfter[0]?.length).toBeGreaterThan(0); // earlier text did leave
    expect(result.output).toBe(text.replace('jane.doe@example.org', '[EMAIL]'));
  });

  it('keeps a growing token longer than the hold-back window in one piece', async () => {
    const url = `https://docs.example.com/${'segment/'.repeat(60)}end`;
    const text = `${PROSE}see ${url} for details`;
    const result = await stream(chunksOf(text, 30), { holdBack: 32, scanStep: 16 });
    expect(result.output).toBe(text);
    const piecesWithUrl = result.pieces.filter((piece) => piece.includes('docs.example'));
    expect(piecesWithUrl).toHaveLength(1);
    expect(piecesWithUrl[0]).toContain(url);
  });
});

describe('createOutputScanner: modes', () => {
  const policy = PolicySchema.parse({ version: 1, bannedWords: ['operation nightfall'] });

  it('ends the stream with CONTENT_BLOCKED carrying the findings when a block finding arrives', async () => {
    const text = `${PROSE}${PROSE}The codename is operation night${'fall and it ships in May. '}${PROSE}`;
    const blockedAt = text.indexOf('operation');
    const seen: Finding[] = [];
    let verdict: StreamSummary | undefined;
    const result = await stream(chunksOf(text, 25), {
      policy,
      onFinding: (finding) => seen.push(finding),
      onVerdict: (summary) => {
        verdict = summary;
      },
    });
    expect(result.error).toBeInstanceOf(AppError);
    const error = result.error as AppError;
    expect(error.code).toBe('CONTENT_BLOCKED');
    const details = error.details as { findings: Finding[] };
    const blocking = details.findings.filter((finding) => finding.action === 'block');
    expect(blocking.map((finding) => finding.detector)).toEqual(['banned-words']);
    expect(result.output).not.toContain('operation');
    expect(result.output.length).toBeLessThanOrEqual(blockedAt);
    expect(seen).toEqual(details.findings);
    expect(verdict).toMatchObject({ allowed: false, action: 'block', complete: true });
  });

  it('blocks when the canary token arrives in pieces', async () => {
    const { token } = createCanary();
    const text = `${PROSE}My hidden marker is ${token.slice(0, 6)} ${token.slice(6)}. ${PROSE}`;
    const at = text.indexOf(token.slice(0, 6));
    const result = await stream(splitAt(text, at + 3, 6, 5), { canary: token });
    expect((result.error as AppError).code).toBe('CONTENT_BLOCKED');
    expect(result.summary.findings.map((finding) => finding.type)).toEqual(['canary']);
    expect(result.output).not.toContain(token.slice(0, 6));
  });

  it('in shadow mode passes every chunk at once and unchanged, and reports what it would have done', async () => {
    const shadow = PolicySchema.parse({ version: 1, mode: 'shadow', bannedWords: ['operation nightfall'] });
    const text = `${PROSE}operation nightfall, key ${FAKE.awsAccessKeyId}, mail jane@example.org. ${PROSE}`;
    const chunks = chunksOf(text, 20);
    const result = await stream(chunks, { policy: shadow });
    expect(result.error).toBeUndefined();
    expect(result.output).toBe(text);
    expect(result.releasedAfter).toEqual(chunks.map((_, i) => chunks.slice(0, i + 1).join('')));
    expect(result.summary).toMatchObject({ allowed: true, action: 'block', shadow: true, complete: true });
    const reported = result.summary.findings.map((finding) => [finding.detector, finding.type, finding.action]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ['banned-words', 'banned_word', 'block'],
        ['secrets', 'aws-access-token', 'redact'],
        ['pii', 'EMAIL', 'redact'],
      ]),
    );
  });

  it('in off mode passes everything through and finds nothing', async () => {
    const off = PolicySchema.parse({ version: 1, mode: 'off' });
    const text = `key ${FAKE.awsAccessKeyId}`;
    const result = await stream(chunksOf(text, 3), { policy: off });
    expect(result.output).toBe(text);
    expect(result.summary).toMatchObject({ action: 'allow', findings: [], complete: true });
  });

  it('cuts the stream at maxLength (redact) or blocks it (block)', async () => {
    const text = 'word '.repeat(100);
    const truncate = PolicySchema.parse({
      version: 1,
      maxLength: 120,
      detectors: { 'max-length': { action: 'redact' } },
    });
    const cut = await stream(chunksOf(text, 30), { policy: truncate });
    expect(cut.output).toBe(text.slice(0, 120));
    expect(cut.summary.findings).toMatchObject([{ detector: 'max-length', start: 120, end: 500, action: 'redact' }]);
    const refuse = PolicySchema.parse({ version: 1, maxLength: 120 });
    const blocked = await stream(chunksOf(text, 30), { policy: refuse });
    expect((blocked.error as AppError).code).toBe('CONTENT_BLOCKED');
    expect(blocked.output.length).toBeLessThanOrEqual(120);
  });
});

describe('createOutputScanner: pseudonyms', () => {
  it('restores placeholders split across chunks', async () => {
    const vault = createPseudonymVault();
    const placeholder = vault.placeholder({ label: 'EMAIL', value: 'jane@example.org' });
    const iban = vault.placeholder({ label: 'IBAN', value: 'DE89 3704 0044 0532 0130 00' });
    expect(placeholder).toBe('<EMAIL_1>');
    const text = `${PROSE}I wrote to <EMAIL_1> about the refund to <IBAN_1>.`;
    const at = text.indexOf('<EMAIL_1>');
    const ibanAt = text.indexOf(iban);
    const result = await stream([text.slice(0, at + 3), text.slice(at + 3, ibanAt + 2), text.slice(ibanAt + 2)], {
      vault,
      policy: PolicySchema.parse({ version: 1, detectors: { pii: { action: 'allow' } } }),
      holdBack: 8,
      scanStep: 4,
    });
    expect(result.releasedAfter[0]?.length).toBeGreaterThan(0);
    expect(result.output).toBe(`${PROSE}I wrote to jane@example.org about the refund to DE89 3704 0044 0532 0130 00.`);
  });

  it('restores the model’s placeholders but not those it makes for new values in the answer', async () => {
    const vault = createPseudonymVault();
    vault.placeholder({ label: 'EMAIL', value: 'jane@example.org' });
    const policy = PolicySchema.parse({ version: 1, detectors: { pii: { action: 'pseudonymize' } } });
    const text = `Forward <EMAIL_1>'s note to bob@example.org, please.`;
    const result = await stream(chunksOf(text, 4), { vault, policy });
    expect(result.output).toBe(`Forward jane@example.org's note to <EMAIL_2>, please.`);
  });

  it('restores placeholders in shadow mode too, where text is released at once', async () => {
    const vault = createPseudonymVault();
    vault.placeholder({ label: 'PHONE', value: '030 1234567' });
    const shadow = PolicySchema.parse({ version: 1, mode: 'shadow' });
    const result = await stream(['call <PHO', 'NE_1> or <b>'], { vault, policy: shadow });
    expect(result.output).toBe('call 030 1234567 or <b>');
    expect(result.releasedAfter[0]).toBe('call ');
  });
});

describe('createOutputScanner: system-prompt overlap across the stream', () => {
  const sentences = Array.from(
    { length: 30 },
    (_, i) => `Instruction ${i + 1} says the agent must treat request class ${i + 1} with the matching playbook.`,
  );
  const systemPrompt = sentences.join(' ');

  it('blocks once enough of the system prompt has streamed by, before the copy is complete', async () => {
    const copy = sentences.slice(0, 12).join(' ');
    const text = `Sure, here are my instructions: ${copy} That is all.`;
    const result = await stream(chunksOf(text, 24), { systemPrompt });
    expect((result.error as AppError).code).toBe('CONTENT_BLOCKED');
    expect(result.summary.findings[0]).toMatchObject({ category: 'system_prompt_leakage', action: 'block' });
    expect(result.output.length).toBeLessThan(copy.length / 2);
  });

  it('reports it in shadow mode with the whole copied stretch', async () => {
    const copy = sentences.slice(3, 15).join(' ');
    const text = `Here: ${copy} Done.`;
    const shadow = PolicySchema.parse({ version: 1, mode: 'shadow' });
    const result = await stream(chunksOf(text, 24), { systemPrompt, policy: shadow });
    expect(result.output).toBe(text);
    const findings = result.summary.findings.filter((finding) => finding.category === 'system_prompt_leakage');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.action === 'block')).toBe(true);
  });

  it('redacts the copied runs from the moment the check fires when the action is redact', async () => {
    const copy = sentences.slice(0, 12).join(' ');
    const text = `Here: ${copy} That is all.`;
    const policy = PolicySchema.parse({ version: 1, detectors: { 'system-prompt-leakage': { action: 'redact' } } });
    const result = await stream(chunksOf(text, 24), { systemPrompt, policy });
    expect(result.error).toBeUndefined();
    expect(result.output.match(/\[SYSTEM_PROMPT_OVERLAP\]/g)).toHaveLength(1);
    expect(result.output).not.toContain(sentences[11]);
    expect(result.output.endsWith(' That is all.')).toBe(true);
    expect(result.summary.findings.map((finding) => finding.action)).toEqual(['redact']);
  });

  it('leaves an answer that quotes only a short phrase alone', async () => {
    const text = `I follow the matching playbook for each request class. ${PROSE}`;
    const result = await stream(chunksOf(text, 24), { systemPrompt });
    expect(result.output).toBe(text);
    expect(result.summary.action).toBe('allow');
  });
});
