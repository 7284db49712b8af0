import type { Mailer, MailMessage } from './mailer.js';

/**
 * A mailer that keeps what it is asked to send, for tests to read links from.
 *
 * @example
 * const mailer = createMemoryMailer()
 * // … sign up …
 * expect(mailer.sent[0]?.text).toMatch(/verify-email\?token=/)
 */
export function createMemoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push({ ...message });
    },
  };
}
