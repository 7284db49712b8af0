import { createServer, type Server } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from './create-mailer.js';

/** A logger that writes its JSON lines into an array. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

interface Delivery {
  from: string;
  to: string[];
  data: string;
}

/**
 * Just enough of an SMTP server, on 127.0.0.1 and a free port, to accept messages: greeting, EHLO, MAIL, RCPT, DATA,
 * QUIT. Every accepted message lands in `deliveries`.
 */
async function fakeSmtpServer(): Promise<{ server: Server; port: number; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    socket.setTimeout(5_000, () => socket.destroy());
    let buffer = '';
    let current: Delivery = { from: '', to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.smtp.test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            deliveries.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 fake.smtp.test');
        else if (command === 'MAIL') {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 OK');
        } else if (command === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 OK');
        } else if (command === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (command === 'QUIT') {
          reply('221 2.0.0 Bye');
          socket.end();
        } else if (command === 'RSET' || command === 'NOOP') reply('250 OK');
        else reply('502 5.5.2 Command not recognized');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake SMTP server has no port');
  return { server, port: address.port, deliveries };
}

describe('createMailer without SMTP', () => {
  it('logs the message, link included, instead of sending it', async () => {
    const { logger, lines } = memoryLogger();
    const mailer = createMailer({ from: 'SIGMACODE <no-reply@sigmacode.test>', logger });
    const text = 'Confirm your e-mail address by opening:\nhttp://localhost:3000/api/auth/verify-email?token=abc123';
    await mailer.send({ to: 'ada@example.com', subject: 'Confirm your e-mail address', text });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'e-mail not sent (SMTP not configured)',
      to: 'ada@example.com',
      subject: 'Confirm your e-mail address',
      text,
    });
  });
});

describe('createMailer with SMTP', () => {
  let server: Server | undefined;
  afterEach(async () => {
    const open = server;
    server = undefined;
    if (open) await new Promise((resolve) => open.close(resolve));
  });

  it('delivers the message through the SMTP server', async () => {
    const fake = await fakeSmtpServer();
    server = fake.server;
    const { logger, lines } = memoryLogger();
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${fake.port}`,
      from: 'SIGMACODE <no-reply@sigmacode.test>',
      logger,
    });
    await mailer.send({
      to: 'ada@example.com',
      subject: 'Reset your SIGMACODE password',
      text: 'Open http://localhost:3000/reset?token=xyz to choose a new password.',
      html: '<p>Open <a href="http://localhost:3000/reset?token=xyz">this link</a>.</p>',
    });
    expect(fake.deliveries).toHaveLength(1);
    const [delivery] = fake.deliveries;
    expect(delivery?.from).toBe('no-reply@sigmacode.test');
    expect(delivery?.to).toEqual(['ada@example.com']);
    expect(delivery?.data).toMatch(/^Subject: Reset your SIGMACODE password\r$/m);
    expect(delivery?.data).toMatch(/^To: ada@example\.com\r$/m);
    expect(delivery?.data).toContain('Open http://localhost:3000/reset?token=xyz to choose a new password.');
    expect(delivery?.data).toContain('text/html');
    expect(lines).toHaveLength(0);
  });

  it('rejects when the SMTP server cannot be reached', async () => {
    const fake = await fakeSmtpServer();
    const { port } = fake;
    await new Promise((resolve) => fake.server.close(resolve));
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'no-reply@sigmacode.test',
      logger: memoryLogger().logger,
    });
    await expect(mailer.send({ to: 'ada@example.com', subject: 'Hi', text: 'Hi' })).rejects.toThrow();
  });
});
