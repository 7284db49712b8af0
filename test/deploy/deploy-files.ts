// Helpers of the deploy tests: the deploy/ folder, its YAML, and the metric names the server really exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { createMetrics } from '../../apps/server/src/observability/create-metrics.js';

/** The repository's deploy/ folder. */
export const DEPLOY_DIR = join(import.meta.dirname, '..', '..', 'deploy');

/** A file of deploy/ as text. */
export function readDeployFile(path: string): string {
  return readFileSync(join(DEPLOY_DIR, path), 'utf8');
}

/** A YAML file of deploy/ (one document; merge keys `<<` resolved as Docker Compose resolves them). */
export function readDeployYaml(path: string): unknown {
  return parseYaml(readDeployFile(path), { merge: true });
}

/** Every document of a (multi-document) YAML file of deploy/; throws on a syntax error. */
export function readDeployYamlDocuments(path: string): unknown[] {
  return parseAllDocuments(readDeployFile(path)).map((document) => {
    if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0]?.message}`);
    return document.toJS();
  });
}

/**
 * The series names a scrape of the server contains: every metric of the registry `createMetrics()` builds (the
 * platform's own and the default process metrics), with `_bucket`, `_sum` and `_count` for histograms and
 * `_sum`/`_count` for summaries, as Prometheus stores them.
 */
export async function exportedSeriesNames(): Promise<Set<string>> {
  const metrics = createMetrics();
  const names = new Set<string>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    names.add(metric.name);
    if (String(metric.type) === 'histogram')
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(metric.name + suffix);
    if (String(metric.type) === 'summary') for (const suffix of ['_sum', '_count']) names.add(metric.name + suffix);
  }
  return names;
}

/** Series Prometheus adds to every scrape target itself (not exported by the server, but always present). */
export const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);

const PROMQL_FUNCTIONS = new Set([
  'abs',
  'absent',
  'absent_over_time',
  'avg_over_time',
  'ceil',
  'changes',
  'clamp',
  'clamp_max',
  'clamp_min',
  'count_over_time',
  'delta',
  'deriv',
  'exp',
  'floor',
  'histogram_quantile',
  'holt_winters',
  'idelta',
  'increase',
  'irate',
  'label_replace',
  'label_join',
  'last_over_time',
  'ln',
  'log2',
  'log10',
  'max_over_time',
  'min_over_time',
  'predict_linear',
  'quantile_over_time',
  'rate',
  'resets',
  'round',
  'scalar',
  'sort',
  'sort_desc',
  'sqrt',
  'stddev_over_time',
  'sum_over_time',
  'time',
  'timestamp',
  'vector',
  'sum',
  'avg',
  'min',
  'max',
  'count',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
  'group',
]);
const PROMQL_KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/**
 * The metric names a PromQL expression reads. Throws on a word that is neither a known function, a keyword nor a
 * metric (so a typo never passes as "no metric"). Label matchers, groupings, ranges, strings and Grafana variables
 * are removed first.
 *
 * @example metricNamesOf('sum by (le) (rate(x_bucket{a="b"}[5m]))') // ['x_bucket']
 */
export function metricNamesOf(expression: string): string[] {
  const stripped = expression
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\w+/g, ' ')
    .replace(/\b\d+(\.\d+)?(e[+-]?\d+)?\b/gi, ' ');
  const names: string[] = [];
  for (const match of stripped.matchAll(/[a-zA-Z_:][\w:]*/g)) {
    const word = match[0];
    const next = stripped.slice((match.index ?? 0) + word.length).trimStart();
    if (next.startsWith('(')) {
      if (!PROMQL_FUNCTIONS.has(word)) throw new Error(`unknown PromQL function ${word} in ${expression}`);
    } else if (!PROMQL_KEYWORDS.has(word)) {
      names.push(word);
    }
  }
  return names;
}
