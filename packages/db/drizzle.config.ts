import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'drizzle-kit';

// Paths are anchored at this file, so `npm run db:generate` at the repository root and `npx drizzle-kit generate`
// inside packages/db write to the same folder. They are handed over relative to the working directory because
// drizzle-kit prefixes `./` to `out`, which breaks absolute paths.
const fromHere = (path: string): string => relative(process.cwd(), fileURLToPath(new URL(path, import.meta.url)));

export default defineConfig({
  dialect: 'postgresql',
  schema: fromHere('./src/schema/index.ts'),
  out: fromHere('./migrations'),
  strict: true,
  verbose: true,
});
