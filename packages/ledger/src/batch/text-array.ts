import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * A list of strings as ONE `text[]` parameter. A batch may name hundreds of keys: a bind parameter each makes the
 * statement slow to build and plan. The literal is passed as text and cast, which both drivers serialize the same way.
 *
 * @example
 * sql`select * from unnest(${textArray(ids)}) as wanted (id)`
 */
export function textArray(values: Iterable<string>): SQL {
  const elements = [...values].map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return sql`${`{${elements.join(',')}}`}::text::text[]`;
}

/**
 * `column IN (the values)`, as a semi-join with the unnested list. Not `column = ANY(array)`: the array is not a
 * constant to the planner, so a sequential scan would compare every row with every element (a 200-account batch
 * took 60 ms that way); a join is answered by the primary key or, on a small table, by hashing.
 *
 * @example
 * db.select().from(holds).where(isOneOf({ column: holds.id, values: ids }))
 */
export function isOneOf({ column, values }: { column: SQLWrapper; values: Iterable<string> }): SQL {
  return sql`${column} in (select unnest(${textArray(values)}))`;
}
