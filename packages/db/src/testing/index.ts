export { createTestDatabaseUrl, type TestDatabaseUrl } from './create-test-database-url.js';
export { snapshotPglite, type TestEngine, testEngines } from './test-engines.js';
