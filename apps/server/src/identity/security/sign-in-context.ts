import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Set while a sign-in request runs. Better Auth hashes the given password when the e-mail is unknown (so an unknown
 * and a known account take the same time); that hash sets no password, so the password policy — the backstop in
 * the hasher — must not refuse it there (it would turn "wrong e-mail or password" into a 500).
 *
 * @example await signInContext.run(true, () => next())
 */
export const signInContext = new AsyncLocalStorage<boolean>();
