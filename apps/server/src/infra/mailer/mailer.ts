/** One e-mail: plain text always (it carries the links people need), HTML optionally. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends the platform's e-mails (verification, password reset, invitations). Code that sends mail depends on this
 * interface only, so tests use the memory mailer and development needs no SMTP server.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
