import type { schema } from '@sigmacode/db';
import { type Organization, OrganizationSchema } from './organization-schemas.js';

/** A stored organization as the API shows it, parsed through the response schema. */
export function toOrganization(row: typeof schema.organizations.$inferSelect): Organization {
  return OrganizationSchema.parse({
    id: row.id,
    name: row.name,
    slug: row.slug,
    personal: row.personal,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}
