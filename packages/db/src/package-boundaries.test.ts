import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
// db sits just above core: it may use core and its own drivers, never a sibling package (see ARCHITECTURE.md).
const ALLOWED = ['@sigmacode/core', 'drizzle-orm', 'pg', '@electric-sql/pglite'];
const ALLOWED_IN_TESTS = ['vitest'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('@sigmacode/db boundaries', () => {
  it('imports only @sigmacode/core, its own drivers and node built-ins', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const allowed = file.endsWith('.test.ts') ? [...ALLOWED, ...ALLOWED_IN_TESTS] : ALLOWED;
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        if (!allowed.includes(packageOf(specifier))) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('declares every package it imports as a dependency', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...ALLOWED].sort());
  });
});
