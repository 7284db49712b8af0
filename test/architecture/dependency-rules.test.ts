import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of ARCHITECTURE.md, as data: which workspace packages each package may import.
 * `server` is the only place packages meet; `web` talks to the server over HTTP and takes only types and wire
 * schemas from core.
 */
const ALLOWED: Record<string, string[]> = {
  core: [],
  db: ['core'],
  firewall: ['core'],
  ledger: ['core', 'db'],
  audit: ['core', 'db'],
  engine: ['core', 'db'],
  server: ['core', 'db', 'firewall', 'ledger', 'audit', 'engine'],
  web: ['core'],
};

/** Third-party packages a package may not import although they are installed in the workspace. */
const FORBIDDEN_THIRD_PARTY: Record<string, RegExp[]> = {
  core: [/^(?!zod$|zod\/)/], // core depends on zod only (and node: built-ins are not used either: browser-safe)
  firewall: [/^drizzle-orm/, /^pg$/, /^@electric-sql\//, /^ai$/, /^@ai-sdk\//],
  web: [/^node:/, /^hono/, /^drizzle-orm/, /^pg$/],
};

const root = join(import.meta.dirname, '..', '..');
const dirs: Record<string, string> = {
  core: 'packages/core',
  db: 'packages/db',
  firewall: 'packages/firewall',
  ledger: 'packages/ledger',
  audit: 'packages/audit',
  engine: 'packages/engine',
  server: 'apps/server',
  web: 'apps/web',
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(entry) && !/\.d\.ts$/.test(entry)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '').filter(Boolean);
}

function isTestFile(file: string): boolean {
  return /\.(test|spec)\.tsx?$/.test(file) || file.includes('/e2e/') || file.includes('/testing/');
}

describe('package dependency rules', () => {
  for (const [name, dir] of Object.entries(dirs)) {
    const pkgJson = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
    };

    it(`${name} declares only the workspace packages it may depend on`, () => {
      const declared = Object.keys(pkgJson.dependencies ?? {})
        .filter((dep) => dep.startsWith('@sigmacode/'))
        .map((dep) => dep.slice('@sigmacode/'.length));
      expect(declared.filter((dep) => !ALLOWED[name]?.includes(dep))).toEqual([]);
    });

    it(`${name} imports only what the architecture allows`, () => {
      const violations: string[] = [];
      const srcDir = join(root, dir, 'src');
      for (const file of sourceFiles(srcDir)) {
        const where = relative(root, file);
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith('@sigmacode/')) {
            const [, target = '', ...rest] = specifier.split('/');
            if (target === name) violations.push(`${where}: imports its own package by name (${specifier})`);
            else if (!ALLOWED[name]?.includes(target)) violations.push(`${where}: ${name} may not import ${specifier}`);
            if (rest[0] === 'src') violations.push(`${where}: deep import ${specifier} (use the exports map)`);
          } else if (!specifier.startsWith('.') && !isTestFile(file)) {
            for (const rule of FORBIDDEN_THIRD_PARTY[name] ?? []) {
              if (rule.test(specifier)) violations.push(`${where}: ${name} may not import ${specifier}`);
            }
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('firewall imports hono only under src/http', () => {
    const violations = sourceFiles(join(root, 'packages/firewall/src'))
      .filter((file) => !file.includes('/src/http/') && !isTestFile(file))
      .filter((file) => importsOf(file).some((specifier) => specifier === 'hono' || specifier.startsWith('hono/')))
      .map((file) => relative(root, file));
    expect(violations).toEqual([]);
  });

  it('no package imports a sibling through a relative path', () => {
    const violations: string[] = [];
    for (const dir of Object.values(dirs)) {
      for (const file of sourceFiles(join(root, dir, 'src'))) {
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith('.') && /(^|\/)\.\.\/\.\.\/\.\.\/(packages|apps)\//.test(specifier))
            violations.push(`${relative(root, file)}: ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
