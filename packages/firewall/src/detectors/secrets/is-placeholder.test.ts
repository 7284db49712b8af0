import { describe, expect, it } from 'vitest';
import { FAKE } from '../../testing/fake-secrets.js';
import { isPlaceholder } from './is-placeholder.js';

describe('isPlaceholder', () => {
  it.each([
    ['sk_live_XXXXXXXXXXXXXXXX'],
    ['xxxxxxxx'],
    ['<your-key>'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the point
    ['${API_KEY}'],
    ['{{ secrets.TOKEN }}'],
    ['%API_KEY%'],
    ['$OPENAI_API_KEY'],
    ['YOUR_API_KEY'],
    ['OPENAI_API_KEY'],
    ['example-token-123'],
    ['dummy_secret_value'],
    ['my-sample-key-1234'],
    ['AKIAIOSFODNN7EXAMPLE'],
    ['aaaaaaaaaaaaaaaaaaaa'],
    ['1234567890abcdef'],
    ['abcdefghijklmnop'],
    ['abababababababab'],
    ['password'],
    ['changeme'],
    ['***'],
    ['sk-...'],
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([[FAKE.stripeLiveKey], [FAKE.githubPat], ['9f8Kq2LmX7vB3nR1zT'], ['hunter2'], ['Xk9#mQ2v']])(
    '%s is not',
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});
