import { type SQL, sql } from 'drizzle-orm';

/**
 * A list of strings as ONE `text[]` parameter, for `column = any(...)`. A batch may name hundreds of keys: a bind
 * parameter each makes the statement slow to build and plan, and a `jsonb_array_elements` subquery hides the
 * values from the planner (it then scans the table instead of the index). The literal is passed as text and cast,
 * which both drivers serialize the same way.
 *
 * @example
 * db.select().from(holds).where(sql`${holds.id} = any(${textArray(ids)})`)
 */
export function textArray(values: Iterable<string>): SQL {
  const elements = [...values].map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return sql`${`{${elements.join(',')}}`}::text::text[]`;
}
