import { join } from 'node:path';
import { auditPublicKeyFrom, createAuditLog, formatAuditVerification } from '@sigmacode/audit';
import { createDb } from '@sigmacode/db';
import { resolveSecret } from '../../config/resolve-secret.js';
import type { CliCommand } from '../command.js';
import { parseFlags } from '../parse-flags.js';

const SUBCOMMANDS = ['verify', 'checkpoint', 'public-key'] as const;

/**
 * `audit verify [--org ID] [--trusted-key BASE64]`: checks every chain (or one organization's; `platform` for the
 * entries of no organization) and every signed checkpoint, prints `n/n entries valid, k/k checkpoints valid` or
 * where and how a chain breaks, and exits 1 then. `audit checkpoint` signs every chain's head now (e.g. before a
 * backup); `audit public-key` prints the checkpoint key to keep outside the database.
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verify the audit log (hash chains and signed checkpoints); sign checkpoints; print the public key.',
  usage: 'audit verify [--org ID] | checkpoint | public-key',
  async run({ args, env, logger }) {
    const [subcommand, ...rest] = args;
    if (!SUBCOMMANDS.includes(subcommand as (typeof SUBCOMMANDS)[number])) {
      process.stderr.write(`Usage: npm run cli -- ${auditCommand.usage}\n`);
      return 64;
    }
    const flags = parseFlags({ args: rest, allowed: subcommand === 'verify' ? ['org', 'trusted-key'] : [] });
    const { secret } = await resolveSecret({ configured: env.SIGMACODE_SECRET, dataDir: env.DATA_DIR });
    const database = await createDb({ url: env.DATABASE_URL, dataDir: join(env.DATA_DIR, 'pglite'), logger });
    try {
      const audit = createAuditLog({ db: database.db, secret });
      const key = `checkpoint key ${audit.signer.keyId} (Ed25519 public key ${audit.signer.publicKey})\n`;
      if (subcommand === 'public-key') {
        process.stdout.write(key);
        return 0;
      }
      if (subcommand === 'checkpoint') {
        const { signed } = await audit.checkpoint({ force: true });
        process.stdout.write(`${signed} checkpoint(s) signed with ${key}`);
        return 0;
      }
      const trustedKeys = flags['trusted-key'] ? [auditPublicKeyFrom(flags['trusted-key'])] : [];
      const result = await audit.verify({ ...(flags.org ? { chain: flags.org } : {}), trustedKeys });
      process.stdout.write(formatAuditVerification(result));
      process.stdout.write(`${result.chains.length} chain(s) checked; ${key}`);
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};
