import { join } from 'node:path';
import { createAuditLog } from '@sigmacode/audit';
import { createDb } from '@sigmacode/db';
import { oauthOf, publicUrlOf } from '../../config/env.js';
import { resolveSecret } from '../../config/resolve-secret.js';
import { createAuth } from '../../identity/auth/create-auth.js';
import { createPlatformAdmin } from '../../identity/platform/create-platform-admin.js';
import { createMailer } from '../../infra/mailer/index.js';
import type { CliCommand } from '../command.js';
import { parseFlags } from '../parse-flags.js';
import { prompt } from '../prompt.js';

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  summary: 'Create a platform operator (or make an existing user one); asks for what is missing.',
  usage: 'create-admin --email E --password P [--name N]',
  async run({ args, env, logger }) {
    const flags = parseFlags({ args, allowed: ['email', 'password', 'name'] });
    const email = flags.email ?? (await prompt({ question: 'E-mail: ' }));
    const name = flags.name ?? email.split('@')[0] ?? 'Operator';
    const password =
      flags.password ?? (await prompt({ question: 'Password (at least 10 characters): ', hidden: true }));

    const { secret } = await resolveSecret({ configured: env.SIGMACODE_SECRET, dataDir: env.DATA_DIR });
    const database = await createDb({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite'), logger });
    try {
      const publicUrl = publicUrlOf(env);
      const auth = createAuth({
        db: database.db,
        logger,
        mailer: createMailer({ ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}), from: env.MAIL_FROM, logger }),
        settings: {
          publicUrl,
          secret,
          trustedOrigins: [publicUrl],
          trustProxy: env.TRUST_PROXY,
          oauth: oauthOf(env),
          emailDelivery: Boolean(env.SMTP_URL),
        },
      });
      const result = await createPlatformAdmin({ db: database.db, auth, email, password, name });
      // An operator action on the command line: the platform chain, no request, no actor but the host's operator.
      await createAuditLog({ db: database.db, secret }).record({
        action: 'platform.admin_created',
        organizationId: null,
        actorEmail: result.email,
        targetType: 'user',
        targetId: result.userId,
        details: { created: result.created, via: 'cli' },
      });
      process.stdout.write(
        result.created
          ? `Created platform operator ${result.email} (${result.userId}).\n`
          : `${result.email} already had an account; it is now a platform operator (password unchanged).\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
