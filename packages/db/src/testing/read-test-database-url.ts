/**
 * The PostgreSQL server tests may use, from TEST_DATABASE_URL. Test-only code: the library itself reads no
 * environment (apps pass `url`), but the test helpers are where "is a real PostgreSQL available?" is decided.
 */
export function readTestDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}
