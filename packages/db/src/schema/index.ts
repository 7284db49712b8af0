// Every domain's tables, re-exported for createDb (relational queries) and drizzle-kit (migrations).
// Adding a domain = one folder under ./ and one line here, then `npm run db:generate`.
export * from './ai/index.js';
export * from './api-keys/index.js';
export * from './audit/index.js';
export * from './firewall/index.js';
export * from './identity/index.js';
export * from './ledger/index.js';
export * from './organizations/index.js';
export * from './system/index.js';
