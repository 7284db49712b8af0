import { describe, expect, it } from 'vitest';
import { coveredTexts, detectWith } from '../../testing/detect-with.js';
import { FAKE } from '../../testing/fake-secrets.js';
import { secretsDetector } from './secrets-detector.js';

function found(text: string): [string | undefined, string][] {
  const findings = detectWith({ detector: secretsDetector, text });
  const covered = coveredTexts({ text, findings });
  const pairs = findings.map((finding, index): [string | undefined, string] => [finding.type, covered[index] ?? '']);
  return pairs.sort((a, b) => text.indexOf(a[1]) - text.indexOf(b[1]));
}

describe('secrets detector', () => {
  it.each([
    ['aws-access-token', FAKE.awsAccessKeyId],
    ['github-pat', FAKE.githubPat],
    ['gitlab-pat', FAKE.gitlabPat],
    ['slack-bot-token', FAKE.slackBotToken],
    ['stripe-access-token', FAKE.stripeLiveKey],
    ['openai-api-key', FAKE.openaiKey],
    ['anthropic-api-key', FAKE.anthropicKey],
    ['gcp-api-key', FAKE.gcpApiKey],
    ['jwt', FAKE.jwt],
  ])('finds a %s token in prose', (type, token) => {
    expect(found(`Hier ist mein Token: ${token} – bitte nicht weitergeben.`)).toEqual([[type, token]]);
  });

  it('finds PEM private keys, also when the END line is missing', () => {
    expect(found(`key:\n${FAKE.privateKey}\nthanks`)).toEqual([['private-key', FAKE.privateKey]]);
    const truncated = FAKE.privateKey.split('\n').slice(0, 3).join('\n');
    expect(found(`${truncated}\n`)).toEqual([['private-key', truncated]]);
  });

  it('finds passwords in connection strings and reports only the password', () => {
    expect(found('DATABASE_URL=postgres://app:Xk9mQ2vLp7@db.internal:5432/app')).toEqual([
      ['connection-string', 'Xk9mQ2vLp7'],
    ]);
    expect(found('mongodb+srv://admin:S3cure!Pass@cluster0.example.net/db and redis://:r3disPw99@cache:6379')).toEqual([
      ['connection-string', 'S3cure!Pass'],
      ['connection-string', 'r3disPw99'],
    ]);
    expect(found('postgres://user:pass@host/db')).toEqual([['connection-string', 'pass']]);
  });

  it('finds secrets assigned to secret-looking names, in code, config and prose', () => {
    expect(found('api_key = "9f8Kq2LmX7vB3nR1zT"')).toEqual([['assignment', '9f8Kq2LmX7vB3nR1zT']]);
    expect(found('{"client_secret": "cS_8Jk2Lq9Vx4Tz7Np1R"}')).toEqual([['assignment', 'cS_8Jk2Lq9Vx4Tz7Np1R']]);
    expect(found('export MY_SERVICE_TOKEN=tok9Fq2Lm8Xv3Bn7Rz1Kd')).toEqual([['assignment', 'tok9Fq2Lm8Xv3Bn7Rz1Kd']]);
    expect(found('Mein Passwort: Sommer2024! – geheim')).toEqual([['assignment', 'Sommer2024!']]);
    expect(found('password: hunter2.')).toEqual([['assignment', 'hunter2']]);
    expect(found('Authorization: Bearer 8fJq2LmX7vB3nR1zTk9Wp4Ys')).toEqual([
      ['authorization-header', '8fJq2LmX7vB3nR1zTk9Wp4Ys'],
    ]);
  });

  it('finds a value written on the line after its name', () => {
    expect(found('SECRET_KEY =\n    "h7Gf3Kq9Lm2Vx8Bn4Rz1"')).toEqual([['assignment', 'h7Gf3Kq9Lm2Vx8Bn4Rz1']]);
  });

  it('finds a key hidden with zero-width characters or base64', () => {
    const hidden = `${FAKE.githubPat.slice(0, 10)}\u200B${FAKE.githubPat.slice(10)}`;
    expect(found(`token ${hidden} ok`)).toEqual([['github-pat', hidden]]);
    const encoded = Buffer.from(`export KEY=${FAKE.stripeLiveKey}`).toString('base64');
    const findings = detectWith({ detector: secretsDetector, text: `run ${encoded}` });
    expect(findings.map((finding) => [finding.type, finding.source])).toEqual([['stripe-access-token', 'base64']]);
  });

  it('leaves names and descriptions of secrets alone', () => {
    expect(
      found(
        'key_id = "AKID-1234", max_tokens = 4096, public_key: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcD, the key: understanding, token_count: 12345678901234, api_key = process.env.API_KEY, password_length: 12',
      ),
    ).toEqual([]);
    expect(found('Set the password field to required and the secret name to prod-db.')).toEqual([]);
  });

  it('never flags placeholders', () => {
    const placeholders = [
      // biome-ignore-start lint/suspicious/noTemplateCurlyInString: the placeholders are the point
      'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX',
      'api_key = "xxxxxxxxxxxxxxxxxxxx"',
      'token: <your-key>',
      'OPENAI_API_KEY=${API_KEY}',
      'api_key = "YOUR_API_KEY"',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'secret = "example-secret-value-123"',
      'password: dummy',
      'api_key: "1234567890abcdef1234"',
      'token = "aaaaaaaaaaaaaaaaaaaaaaaa"',
      'postgres://user:${DB_PASSWORD}@db/app',
      'postgres://user:<password>@db/app',
      'postgres://user:****@db/app',
      'Authorization: Bearer <token>',
      `${['gh', 'p_'].join('')}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      'client_secret: "{{ secrets.CLIENT_SECRET }}"',
      // biome-ignore-end lint/suspicious/noTemplateCurlyInString: the placeholders are the point
    ];
    for (const text of placeholders) expect(found(text), text).toEqual([]);
  });
});
