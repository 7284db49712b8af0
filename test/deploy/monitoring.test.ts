import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEPLOY_DIR,
  exportedSeriesNames,
  metricNamesOf,
  PROMETHEUS_SERIES,
  readDeployFile,
  readDeployYaml,
} from './deploy-files.js';

const PROMTOOL = '/usr/bin/promtool';

interface Dashboard {
  uid: string;
  title: string;
  panels: { title: string; type: string; targets?: { expr: string }[]; datasource?: { uid: string } }[];
}

interface RuleFile {
  groups: { name: string; rules: { alert?: string; expr: string; labels?: Record<string, string> }[] }[];
}

const dashboardsDir = join(DEPLOY_DIR, 'grafana', 'provisioning', 'dashboards');
const dashboards = readdirSync(dashboardsDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, dashboard: JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as Dashboard }));
const rules = readDeployYaml('prometheus/alerts.yml') as RuleFile;

let exported: Set<string>;
beforeAll(async () => {
  exported = await exportedSeriesNames();
});

describe('the metric names the deploy files use', () => {
  it('are read from the real registry (sanity check of the helper)', () => {
    expect(exported.has('sigmacode_http_requests_total')).toBe(true);
    expect(exported.has('sigmacode_http_request_duration_seconds_bucket')).toBe(true);
    expect(exported.has('sigmacode_process_cpu_seconds_total')).toBe(true);
    expect(exported.has('sigmacode_no_such_metric')).toBe(false);
    expect(metricNamesOf('sum by (le) (rate(a_bucket{x="y"}[$__rate_interval])) / clamp_min(b, 1e-9)')).toEqual([
      'a_bucket',
      'b',
    ]);
    expect(() => metricNamesOf('sumx(rate(a[5m]))')).toThrow(/unknown PromQL function/);
  });
});

describe('Grafana provisioning', () => {
  it('has the four dashboards: system health, application, business/tokens, firewall', () => {
    expect(dashboards.map(({ dashboard }) => dashboard.uid).sort()).toEqual([
      'sigmacode-application',
      'sigmacode-business',
      'sigmacode-firewall',
      'sigmacode-system',
    ]);
    for (const { dashboard } of dashboards) expect(dashboard.panels.length).toBeGreaterThanOrEqual(6);
  });

  it('points the dashboards at the provisioned Prometheus data source', () => {
    const datasources = readDeployYaml('grafana/provisioning/datasources/prometheus.yml') as {
      datasources: { uid: string; url: string }[];
    };
    expect(datasources.datasources[0]).toMatchObject({ uid: 'prometheus', url: 'http://prometheus:9090' });
    const provider = readDeployYaml('grafana/provisioning/dashboards/dashboards.yml') as {
      providers: { options: { path: string } }[];
    };
    expect(provider.providers[0]?.options.path).toBe('/etc/grafana/provisioning/dashboards');
    for (const { dashboard } of dashboards) {
      for (const panel of dashboard.panels) expect(panel.datasource?.uid, panel.title).toBe('prometheus');
    }
  });

  it.each(dashboards)('$file: every panel query reads only metrics the server exports', ({ dashboard }) => {
    for (const panel of dashboard.panels) {
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const { expr } of panel.targets ?? []) {
        const names = metricNamesOf(expr);
        expect(names.length, `${panel.title}: ${expr}`).toBeGreaterThan(0);
        for (const name of names) {
          expect(exported.has(name) || PROMETHEUS_SERIES.has(name), `${panel.title}: ${name}`).toBe(true);
        }
      }
    }
  });
});

describe('Prometheus', () => {
  it('alert rules cover error rate, latency, firewall block spikes, low balances and ledger errors', () => {
    const alerts = rules.groups.flatMap((group) => group.rules.map((rule) => rule.alert));
    expect(alerts).toEqual(
      expect.arrayContaining([
        'SigmacodeHighErrorRate',
        'SigmacodeHighLatency',
        'SigmacodeFirewallBlockSpike',
        'SigmacodeLowBalances',
        'SigmacodeLedgerErrors',
      ]),
    );
    for (const rule of rules.groups.flatMap((group) => group.rules)) {
      expect(['critical', 'warning', 'info'], rule.alert).toContain(rule.labels?.severity);
    }
  });

  it('alert rules read only metrics the server exports (and `up`)', () => {
    for (const rule of rules.groups.flatMap((group) => group.rules)) {
      const names = metricNamesOf(rule.expr);
      expect(names.length, rule.alert).toBeGreaterThan(0);
      for (const name of names) {
        expect(exported.has(name) || PROMETHEUS_SERIES.has(name), `${rule.alert}: ${name}`).toBe(true);
      }
    }
  });

  it('scrapes sigmacode-app:3000/metrics with the metrics token', () => {
    const config = readDeployYaml('prometheus/prometheus.yml') as {
      rule_files: string[];
      scrape_configs: {
        job_name: string;
        metrics_path?: string;
        authorization?: { credentials_file?: string };
        dns_sd_configs?: { names: string[]; port: number }[];
      }[];
    };
    expect(config.rule_files).toEqual(['alerts.yml']);
    const job = config.scrape_configs.find((scrape) => scrape.job_name === 'sigmacode');
    expect(job?.metrics_path).toBe('/metrics');
    expect(job?.authorization?.credentials_file).toBe('/run/secrets/metrics_token');
    expect(job?.dns_sd_configs?.[0]).toMatchObject({ names: ['sigmacode-app'], port: 3000 });
    // The alerts filter on this job name.
    expect(readDeployFile('prometheus/alerts.yml')).toContain('up{job="sigmacode"}');
  });

  describe.runIf(existsSync(PROMTOOL))('promtool', () => {
    let dir: string;
    beforeAll(() => {
      // The configuration as the container sees it, with the token file at the path compose mounts it to.
      dir = mkdtempSync(join(tmpdir(), 'sigmacode-promtool-'));
      copyFileSync(join(DEPLOY_DIR, 'prometheus', 'alerts.yml'), join(dir, 'alerts.yml'));
      writeFileSync(join(dir, 'metrics_token'), 'test-metrics-token-0123456789');
      writeFileSync(
        join(dir, 'prometheus.yml'),
        readDeployFile('prometheus/prometheus.yml').replace('/run/secrets/metrics_token', join(dir, 'metrics_token')),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('check rules passes on deploy/prometheus/alerts.yml', () => {
      const output = execFileSync(PROMTOOL, ['check', 'rules', join(DEPLOY_DIR, 'prometheus', 'alerts.yml')], {
        encoding: 'utf8',
      });
      expect(output).toMatch(/SUCCESS: \d+ rules found/);
    });

    it('check config passes on deploy/prometheus/prometheus.yml', () => {
      const output = execFileSync(PROMTOOL, ['check', 'config', join(dir, 'prometheus.yml')], { encoding: 'utf8' });
      expect(output).toContain('is valid prometheus config file syntax');
    });
  });
});
