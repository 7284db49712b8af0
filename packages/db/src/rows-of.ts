/**
 * The rows of a raw `db.execute(sql\`...\`)` result. node-postgres and PGlite both answer `{ rows }`; anything else
 * is a driver change this code must hear about.
 *
 * @example const [row] = rowsOf(await db.execute(sql`select 1 as one`)) // { one: 1 }
 */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as Record<string, unknown>[];
  }
  throw new Error('db: unexpected result shape from the database driver');
}
