import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id parameters (19 MiB, 2 passes, 1 lane): about 20–40 ms per hash on a server core, slow enough
 * to make offline guessing expensive and cheap enough to answer sign-ins without queueing. The parameters are
 * stored in each PHC string, so raising them later keeps old hashes verifiable.
 */
const OPTIONS = {
  // Algorithm.Argon2id: the package exports a const enum, which isolatedModules cannot inline.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Hashes and verifies passwords with argon2id; the result is a self-describing PHC string.
 *
 * @example
 * const stored = await passwordHasher.hash('correct horse battery staple')
 * await passwordHasher.verify({ hash: stored, password: 'correct horse battery staple' }) // true
 */
export const passwordHasher = {
  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  },

  async verify({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      // A malformed or foreign hash means "no match": a corrupt row must fail the sign-in, not the request.
      return false;
    }
  },
};
