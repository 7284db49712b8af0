export { accounts } from './accounts.js';
export { type SessionRow, sessions } from './sessions.js';
export { type UserRow, users } from './users.js';
export { verifications } from './verifications.js';
