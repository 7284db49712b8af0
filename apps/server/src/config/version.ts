import { readFileSync } from 'node:fs';

/** The platform version, from the root package.json (read once). */
export const VERSION: string = readVersion();

function readVersion(): string {
  try {
    const raw = readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8');
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
  } catch {
    // A missing or unreadable package.json must not stop the server; the version is informational.
  }
  return '0.0.0';
}
