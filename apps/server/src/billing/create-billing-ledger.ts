import type { Db } from '@sigmacode/db';
import { createLedger, type Ledger } from '@sigmacode/ledger';
import type { Logger } from '../infra/create-logger.js';
import type { Mailer } from '../infra/mailer/index.js';
import { notifyLowBalance } from './notify-low-balance.js';

/**
 * The platform's one ledger, with low-balance events sent to owners and admins (and the webhook when configured).
 *
 * @example
 * const ledger = createBillingLedger({ db, mailer, logger, publicUrl, lowBalanceWebhookUrl: config.billing.lowBalanceWebhookUrl })
 */
export function createBillingLedger({
  db,
  mailer,
  logger,
  publicUrl,
  lowBalanceWebhookUrl,
}: {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  lowBalanceWebhookUrl?: string | undefined;
}): Ledger {
  return createLedger({
    db,
    onLowBalance: (event) =>
      notifyLowBalance({ db, mailer, logger, publicUrl, webhookUrl: lowBalanceWebhookUrl, event }),
  });
}
