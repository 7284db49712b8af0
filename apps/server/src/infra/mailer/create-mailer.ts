import { createTransport } from 'nodemailer';
import type { Logger } from '../create-logger.js';
import type { Mailer } from './mailer.js';

/**
 * nodemailer waits up to 2 minutes to connect and 10 minutes on a silent socket; a sign-up must not hang that long
 * on a stuck mail server. Options the operator put in the URL's query win.
 */
const TIMEOUTS = { connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000' };

function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, value] of Object.entries(TIMEOUTS)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  return url.toString();
}

/**
 * The platform's mailer: SMTP through nodemailer when smtpUrl is set (e.g. `smtps://user:pass@smtp.example.com`),
 * otherwise a development mailer that writes each message, link included, to the log instead of sending it, so
 * sign-up and password reset work on a laptop without an SMTP server.
 *
 * @example
 * const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: 'SIGMACODE <no-reply@example.com>', logger })
 * await mailer.send({ to: 'ada@example.com', subject: 'Welcome', text: 'Confirm: https://…' })
 */
export function createMailer({ smtpUrl, from, logger }: { smtpUrl?: string; from: string; logger: Logger }): Mailer {
  if (!smtpUrl) {
    return {
      async send({ to, subject, text }) {
        logger.info({ to, subject, text }, 'e-mail not sent (SMTP not configured)');
      },
    };
  }
  const transport = createTransport(withTimeouts(smtpUrl));
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ from, to, subject, text, ...(html === undefined ? {} : { html }) });
    },
  };
}
