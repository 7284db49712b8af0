import { boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * People who sign in. Better Auth owns the first columns (its `user` model); `platformRole` marks the
 * platform's own staff (`admin`), set only by the CLI or another operator, never by sign-up input.
 */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  platformRole: text('platform_role', { enum: ['user', 'admin'] })
    .notNull()
    .default('user'),
});

export type UserRow = typeof users.$inferSelect;
