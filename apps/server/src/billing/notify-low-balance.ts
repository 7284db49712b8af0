import { type Db, schema } from '@sigmacode/db';
import type { LowBalanceEvent } from '@sigmacode/ledger';
import { and, eq, inArray } from 'drizzle-orm';
import type { Logger } from '../infra/create-logger.js';
import type { Mailer } from '../infra/mailer/index.js';
import { toTokenNumber } from './to-token-number.js';

/** A slow receiver must not keep the notification (or the process at shutdown) waiting. */
const WEBHOOK_TIMEOUT_MS = 5000;

/**
 * Tells people an organization is running out of tokens: a warning in the log, an e-mail to its owners and admins,
 * and a JSON POST to LOW_BALANCE_WEBHOOK_URL when configured (`{ type: 'billing.low_balance', organizationId,
 * organizationName, available, threshold, occurredAt }`). Failures are logged and never thrown: the ledger write
 * that raised the event has already happened.
 *
 * @example
 * createLedger({ db, onLowBalance: (event) => notifyLowBalance({ db, mailer, logger, publicUrl, webhookUrl, event }) })
 */
export async function notifyLowBalance({
  db,
  mailer,
  logger,
  publicUrl,
  webhookUrl,
  event,
  fetchImpl = fetch,
}: {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  webhookUrl?: string | undefined;
  event: LowBalanceEvent;
  fetchImpl?: typeof fetch;
}): Promise<void> {
  const available = toTokenNumber(event.available);
  const threshold = toTokenNumber(event.threshold);
  const { organizationId } = event;
  logger.warn({ organizationId, available, threshold }, 'token balance below the low-balance threshold');
  try {
    const [organization] = await db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, organizationId))
      .limit(1);
    const organizationName = organization?.name ?? organizationId;
    await Promise.all([
      mailManagers({ db, mailer, logger, publicUrl, organizationId, organizationName, available, threshold }),
      webhookUrl
        ? postWebhook({
            fetchImpl,
            logger,
            url: webhookUrl,
            body: {
              type: 'billing.low_balance',
              organizationId,
              organizationName,
              available,
              threshold,
              occurredAt: new Date().toISOString(),
            },
          })
        : Promise.resolve(),
    ]);
  } catch (error) {
    logger.error({ err: error, organizationId }, 'low-balance notification failed');
  }
}

async function mailManagers({
  db,
  mailer,
  logger,
  publicUrl,
  organizationId,
  organizationName,
  available,
  threshold,
}: {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  organizationId: string;
  organizationName: string;
  available: number;
  threshold: number;
}): Promise<void> {
  const managers = await db
    .select({ email: schema.users.email })
    .from(schema.members)
    .innerJoin(schema.users, eq(schema.users.id, schema.members.userId))
    .where(and(eq(schema.members.organizationId, organizationId), inArray(schema.members.role, ['owner', 'admin'])));
  const text = [
    `${organizationName} has ${available.toLocaleString('en-US')} tokens left, below its warning level of ${threshold.toLocaleString('en-US')}.`,
    '',
    'When the tokens run out, AI requests are refused. Buy more tokens or start a monthly package here:',
    `${publicUrl}/dashboard/settings`,
  ].join('\n');
  for (const { email } of managers) {
    try {
      await mailer.send({ to: email, subject: `SIGMACODE: ${organizationName} is running low on tokens`, text });
    } catch (error) {
      logger.error({ err: error, organizationId }, 'could not send the low-balance e-mail');
    }
  }
}

async function postWebhook({
  fetchImpl,
  logger,
  url,
  body,
}: {
  fetchImpl: typeof fetch;
  logger: Logger;
  url: string;
  body: Record<string, unknown>;
}): Promise<void> {
  try {
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'SIGMACODE low-balance webhook' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) logger.warn({ status: res.status }, 'the low-balance webhook answered with an error');
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'the low-balance webhook failed');
  }
}
