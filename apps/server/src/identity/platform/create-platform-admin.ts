import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { eq, sql } from 'drizzle-orm';
import type { Auth } from '../auth/create-auth.js';
import { checkPasswordPolicy } from '../security/check-password-policy.js';

/**
 * Makes a platform operator: signs the person up through Better Auth (same password policy and hashing as the web
 * sign-up) or, when the e-mail already has an account, keeps it and only raises it to `admin`.
 *
 * @example
 * await createPlatformAdmin({ db, auth, email: 'ops@example.com', password, name: 'Ops' })
 */
export async function createPlatformAdmin({
  db,
  auth,
  email,
  password,
  name,
}: {
  db: Db;
  auth: Auth;
  email: string;
  password: string;
  name: string;
}): Promise<{ userId: string; email: string; created: boolean }> {
  const normalized = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized)) {
    throw new AppError('VALIDATION_FAILED', { message: `"${email}" is not an e-mail address.` });
  }
  const [existing] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(sql`lower(${schema.users.email})`, normalized))
    .limit(1);
  let userId = existing?.id;
  if (!userId) {
    checkPasswordPolicy({ password, email: normalized, name });
    const result = await auth.api.signUpEmail({ body: { email: normalized, password, name } });
    userId = result.user.id;
  }
  await db
    .update(schema.users)
    .set({ platformRole: 'admin', updatedAt: new Date() })
    .where(eq(schema.users.id, userId));
  return { userId, email: normalized, created: !existing };
}
