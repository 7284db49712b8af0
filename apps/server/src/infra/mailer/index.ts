export { createMailer } from './create-mailer.js';
export type { Mailer, MailMessage } from './mailer.js';
export { createMemoryMailer } from './memory-mailer.js';
