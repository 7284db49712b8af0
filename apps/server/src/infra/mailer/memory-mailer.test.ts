import { describe, expect, it } from 'vitest';
import { createMemoryMailer } from './memory-mailer.js';

describe('createMemoryMailer', () => {
  it('records every message it is asked to send, in order', async () => {
    const mailer = createMemoryMailer();
    await mailer.send({ to: 'ada@example.com', subject: 'First', text: 'https://example.com/verify?token=1' });
    await mailer.send({ to: 'grace@example.com', subject: 'Second', text: 'plain', html: '<p>rich</p>' });
    expect(mailer.sent).toEqual([
      { to: 'ada@example.com', subject: 'First', text: 'https://example.com/verify?token=1' },
      { to: 'grace@example.com', subject: 'Second', text: 'plain', html: '<p>rich</p>' },
    ]);
  });
});
