import { customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';
import { apps } from './apps.js';

/** PostgreSQL `bytea`: node-postgres reads it as a Buffer, PGlite as a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * A file an end user uploaded to an app (Dify's `POST /files/upload`), to be attached to a message by its id. Only the
 * same organization, app and end user can use or read it. Content lives in the database (at most 15 MB a file), so
 * every instance sees it.
 */
export const uploadedFiles = pgTable(
  'uploaded_files',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: text('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    endUser: text('end_user').notNull(),
    name: text('name').notNull(),
    size: integer('size').notNull(),
    extension: text('extension').notNull(),
    mimeType: text('mime_type').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('uploaded_files_app_user_idx').on(table.appId, table.endUser)],
);
export type UploadedFileRow = typeof uploadedFiles.$inferSelect;
