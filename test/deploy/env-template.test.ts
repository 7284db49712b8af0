import { GuardEnvSchema } from '@sigmacode/firewall/http';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../../apps/server/src/config/env.js';
import { readDeployFile } from './deploy-files.js';

/** Variables the template lists, set (`NAME=`) or shown commented out (`# NAME=`), each with a comment above. */
function listedVariables(text: string): Map<string, { commented: boolean }> {
  const lines = text.split('\n');
  const listed = new Map<string, { commented: boolean }>();
  lines.forEach((line, index) => {
    const match = /^(# )?([A-Z][A-Z0-9_]*)=/.exec(line);
    if (!match?.[2]) return;
    // The explanation is the nearest line above that is a comment and not itself a variable.
    let above = index - 1;
    while (above >= 0 && /^# [A-Z][A-Z0-9_]*=/.test(lines[above] ?? '')) above--;
    if (!(lines[above] ?? '').startsWith('# ')) throw new Error(`${match[2]} has no comment`);
    listed.set(match[2], { commented: Boolean(match[1]) });
  });
  return listed;
}

describe('deploy/env.production.template', () => {
  const listed = listedVariables(readDeployFile('env.production.template'));

  it("lists every variable of the server's environment schema", () => {
    const missing = Object.keys(EnvSchema.shape).filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
  });

  it("lists every variable of the firewall service's environment schema", () => {
    const missing = Object.keys(GuardEnvSchema.shape).filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
  });

  it('asks for the secrets the compose file requires, and never ships a value for one', () => {
    const template = readDeployFile('env.production.template');
    for (const name of ['SIGMACODE_SECRET', 'POSTGRES_PASSWORD', 'REDIS_PASSWORD', 'GRAFANA_ADMIN_PASSWORD']) {
      expect(listed.get(name), name).toEqual({ commented: false });
      expect(template).toMatch(new RegExp(`^${name}=$`, 'm'));
    }
    const compose = readDeployFile('docker-compose.production.yml');
    for (const [, name] of compose.matchAll(/\$\{([A-Z_]+)[:?}-]/g)) {
      expect(listed.has(name ?? ''), `${name} is used by the compose file`).toBe(true);
    }
  });
});
