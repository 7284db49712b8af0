import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The platform secret: SIGMACODE_SECRET when set; in development and tests, a random secret generated once and
 * kept in DATA_DIR/secret (mode 0600) so sessions and encrypted credentials survive restarts.
 *
 * @example
 * const secret = await resolveSecret({ configured: env.SIGMACODE_SECRET, dataDir: env.DATA_DIR })
 */
export async function resolveSecret({
  configured,
  dataDir,
}: {
  configured: string | undefined;
  dataDir: string;
}): Promise<{ secret: string; source: 'env' | 'file' | 'generated' }> {
  if (configured) return { secret: configured, source: 'env' };
  const file = join(dataDir, 'secret');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 32) return { secret: stored, source: 'file' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another instance wrote the file first; then read theirs so both agree.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { secret, source: 'generated' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { secret: (await readFile(file, 'utf8')).trim(), source: 'file' };
  }
}
