import { index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.js';

/**
 * MCP servers an organization registered; their tools become available to its agents. `sealed_secret` holds secret
 * headers or environment values (encrypted like provider credentials).
 */
export const mcpServers = pgTable(
  'mcp_servers',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    transport: jsonb('transport').$type<Record<string, unknown>>().notNull(),
    sealedSecret: text('sealed_secret'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('mcp_servers_org_name_uq').on(table.organizationId, table.name)],
);
export type McpServerRow = typeof mcpServers.$inferSelect;

/** Every tool call an agent made: which tool, a masked excerpt of input and output, outcome and duration. */
export const toolCalls = pgTable(
  'tool_calls',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appId: text('app_id'),
    messageId: text('message_id'),
    requestId: text('request_id'),
    tool: text('tool').notNull(),
    input: jsonb('input').$type<unknown>(),
    outputExcerpt: text('output_excerpt'),
    status: text('status', { enum: ['ok', 'error', 'blocked'] }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('tool_calls_organization_created_idx').on(table.organizationId, table.createdAt)],
);
export type ToolCallRow = typeof toolCalls.$inferSelect;
