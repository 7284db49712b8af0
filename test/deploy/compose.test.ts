import { describe, expect, it } from 'vitest';
import { readDeployFile, readDeployYaml } from './deploy-files.js';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  restart?: string;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  networks?: string[] | Record<string, unknown>;
  volumes?: string[];
  ports?: string[];
  profiles?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
  networks: Record<string, unknown>;
  secrets?: Record<string, { file: string }>;
}

const compose = readDeployYaml('docker-compose.production.yml') as ComposeFile;
const services = Object.entries(compose.services);

describe('deploy/docker-compose.production.yml', () => {
  it('has the seed services, and Dify only behind its profile', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining([
        'caddy',
        'sigmacode-app',
        'sigmaguard',
        'app-db',
        'redis',
        'prometheus',
        'grafana',
        'dify-api',
        'dify-worker',
      ]),
    );
    expect(compose.services['app-db']?.image).toBe('pgvector/pgvector:pg16');
    expect(compose.services['dify-api']?.image).toBe('langgenius/dify-api:1.12.1');
    expect(compose.services['dify-worker']?.image).toBe('langgenius/dify-api:1.12.1');
    for (const [name, service] of services) {
      if (name.startsWith('dify-')) expect(service.profiles, name).toEqual(['dify']);
      else expect(service.profiles, name).toBeUndefined();
    }
  });

  it.each(services)('%s has a health check, a restart policy and the one network', (_name, service) => {
    expect(service.healthcheck?.disable).not.toBe(true);
    expect(service.healthcheck?.test).toBeDefined();
    expect(['always', 'unless-stopped', 'on-failure']).toContain(service.restart);
    expect(service.networks).toEqual(['sigmacode']);
  });

  it('uses one network and named volumes only for data', () => {
    expect(Object.keys(compose.networks)).toEqual(['sigmacode']);
    for (const [name, service] of services) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        // Either a named volume declared at the top, or configuration from deploy/ mounted read-only.
        if (source.startsWith('./')) expect(volume, name).toMatch(/:ro$/);
        else expect(Object.keys(compose.volumes), `${name}: ${volume}`).toContain(source);
      }
    }
  });

  it('runs the app (3000) and SigmaGuard (8000) from the Dockerfile, the app on PostgreSQL, Redis and the guard', () => {
    const app = compose.services['sigmacode-app'];
    const guard = compose.services.sigmaguard;
    expect(app?.build).toMatchObject({ context: '..', dockerfile: 'deploy/Dockerfile' });
    expect(app?.environment).toMatchObject({ PORT: '3000', FIREWALL_URL: 'http://sigmaguard:8000' });
    expect(app?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@app-db:5432\//);
    expect(app?.environment?.REDIS_URL).toMatch(/^redis:\/\/.*@redis:6379\//);
    expect(Object.keys(app?.depends_on ?? {}).sort()).toEqual(['app-db', 'redis', 'sigmaguard']);
    for (const dependency of Object.values(app?.depends_on ?? {})) expect(dependency.condition).toBe('service_healthy');
    expect(guard?.command).toEqual(['node', 'packages/firewall/bin/sigmaguard.mjs']);
    expect(guard?.environment).toMatchObject({ FIREWALL_HOST: '0.0.0.0', FIREWALL_PORT: '8000' });
    expect(JSON.stringify(guard?.healthcheck?.test)).toContain('127.0.0.1:8000/health');
    expect(JSON.stringify(app?.healthcheck?.test)).toContain('127.0.0.1:3000/api/health');
  });

  it('publishes only the proxy to the world; Caddy terminates HTTPS for DOMAIN and hides /metrics', () => {
    for (const [name, service] of services) {
      for (const port of service.ports ?? []) {
        if (name !== 'caddy') expect(port, name).toMatch(/^127\.0\.0\.1:/);
      }
    }
    expect(compose.services.caddy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    const caddyfile = readDeployFile('caddy/Caddyfile');
    expect(caddyfile).toContain('{$DOMAIN::80}');
    expect(caddyfile).toMatch(/respond @metrics 404/);
    expect(caddyfile).toMatch(/name sigmacode-app\s+port 3000/);
  });

  it('gives Prometheus the metrics token as a secret file and the deploy configuration read-only', () => {
    expect(compose.secrets?.metrics_token?.file).toBe('./secrets/metrics_token');
    expect(compose.services.prometheus?.volumes).toContain('./prometheus:/etc/prometheus:ro');
    expect(compose.services.grafana?.volumes).toContain('./grafana/provisioning:/etc/grafana/provisioning:ro');
  });

  it('builds a multi-stage Node 22 image that runs the TypeScript server with tsx', () => {
    const dockerfile = readDeployFile('Dockerfile');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22-/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toContain('RUN npm run build');
    expect(dockerfile).toContain('CMD ["node", "--import", "tsx", "--conditions=source", "apps/server/src/serve.ts"]');
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
