import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR, readDeployYamlDocuments } from './deploy-files.js';

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: unknown;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const manifests = readdirSync(join(DEPLOY_DIR, 'kubernetes'))
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => readDeployYamlDocuments(join('kubernetes', file)) as Manifest[]);

/** The value at a dotted path (`spec.template.spec.containers.0`) of a parsed manifest, or undefined. */
function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const find = (kind: string, name: string) =>
  manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);

describe('deploy/kubernetes', () => {
  it('parses, and every object names its kind, version and namespace', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(8);
    for (const manifest of manifests) {
      expect(manifest.apiVersion, manifest.metadata?.name).toBeTruthy();
      expect(manifest.kind).toBeTruthy();
      if (manifest.kind !== 'Namespace') expect(manifest.metadata.namespace, manifest.metadata.name).toBe('sigmacode');
    }
    const kinds = new Set(manifests.map((manifest) => manifest.kind));
    for (const kind of ['Deployment', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'ConfigMap', 'Secret']) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it('runs at least 2 instances, probed on /api/health', () => {
    const deployment = find('Deployment', 'sigmacode-app');
    expect(at(deployment, 'spec.replicas')).toBeGreaterThanOrEqual(2);
    const container = at(deployment, 'spec.template.spec.containers.0');
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(at(container, `${probe}.httpGet`), probe).toMatchObject({ path: '/api/health' });
    }
    expect(at(container, 'envFrom')).toEqual([
      { configMapRef: { name: 'sigmacode-config' } },
      { secretRef: { name: 'sigmacode-secrets' } },
    ]);
    // The pod outlives the server's own shutdown deadline.
    const config = find('ConfigMap', 'sigmacode-config');
    const deadline = Number(config?.data?.SHUTDOWN_TIMEOUT_MS) / 1000;
    expect(at(deployment, 'spec.template.spec.terminationGracePeriodSeconds')).toBeGreaterThan(deadline + 5);
  });

  it('autoscales the deployment from 2 instances, exposes it through a Service and an HTTPS Ingress', () => {
    const hpa = find('HorizontalPodAutoscaler', 'sigmacode-app');
    expect(at(hpa, 'spec.scaleTargetRef')).toMatchObject({ kind: 'Deployment', name: 'sigmacode-app' });
    expect(at(hpa, 'spec.minReplicas')).toBeGreaterThanOrEqual(2);
    expect(at(hpa, 'spec.maxReplicas')).toBeGreaterThan(Number(at(hpa, 'spec.minReplicas')));
    const service = find('Service', 'sigmacode-app');
    expect(at(service, 'spec.selector')).toEqual({ 'app.kubernetes.io/name': 'sigmacode-app' });
    const ingress = manifests.find((manifest) => manifest.kind === 'Ingress');
    expect(at(ingress, 'spec.tls.length')).toBeGreaterThan(0);
    expect(at(ingress, 'spec.rules.0.http.paths.0.backend.service.name')).toBe('sigmacode-app');
  });

  it('keeps secrets in the Secret and shared settings in the ConfigMap', () => {
    const secret = find('Secret', 'sigmacode-secrets');
    expect(Object.keys(secret?.stringData ?? {})).toEqual(
      expect.arrayContaining(['SIGMACODE_SECRET', 'DATABASE_URL', 'REDIS_URL', 'METRICS_TOKEN', 'FIREWALL_API_KEY']),
    );
    const config = find('ConfigMap', 'sigmacode-config');
    for (const name of Object.keys(config?.data ?? {})) {
      expect(name).not.toMatch(/SECRET|PASSWORD|_TOKEN$|_KEY$/);
    }
    expect(config?.data).toMatchObject({ NODE_ENV: 'production', FIREWALL_URL: 'http://sigmaguard:8000' });
    expect(at(find('Service', 'sigmaguard'), 'spec.ports.0.port')).toBe(8000);
  });
});
