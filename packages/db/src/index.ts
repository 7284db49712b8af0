export { createDb } from './create-db.js';
export type { CreateDbOptions, Database, Db, DbEngine, DbLogger } from './database.js';
export { runMigrations } from './run-migrations.js';
export * as schema from './schema/index.js';
export { ORG_ROLES, type OrgRole } from './schema/organizations/org-role.js';
