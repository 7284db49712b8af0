import { isIP } from 'node:net';
import { z } from 'zod';
import { type MappedText, toOriginalRange } from '../../normalize/mapped-text.js';
import type { Detector, DetectorContext, DetectorFinding } from '../detector.js';
import { type ExtractedUrl, extractUrls } from './extract-urls.js';
import { findExfiltration } from './find-exfiltration.js';
import { findLookalike } from './find-lookalike.js';

const UrlsOptionsSchema = z
  .object({
    /** Report domains on the malicious list (critical). */
    blocklist: z.boolean().default(true),
    /** Report domains on the suspicious list (low). */
    suspicious: z.boolean().default(true),
    lookalikes: z.boolean().default(true),
    ipHosts: z.boolean().default(true),
    exfiltration: z.boolean().default(true),
    /** Also look for URLs in decoded payloads (base64, hex…). */
    payloads: z.boolean().default(true),
  })
  .strict();

interface UrlsState {
  options: z.output<typeof UrlsOptionsSchema>;
  allowDomains: ReadonlySet<string>;
}

type UrlResult = Omit<DetectorFinding, 'start' | 'end' | 'source'>;

const PRIVATE_IPV4 =
  /^(?:10\.|127\.|0\.|169\.254\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/;
const PRIVATE_IPV6 = /^(?:::1?$|f[cd]|fe[89ab])/;
const WEB_SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ws:', 'wss:']);
const SELF_LOADING = new Set<ExtractedUrl['context']>(['markdown_image', 'markdown_reference', 'html_image']);
const MAX_TERMS = 200;

function isAllowed(host: string, allow: ReadonlySet<string>): boolean {
  if (allow.size === 0) return false;
  for (let candidate = host; ; ) {
    if (allow.has(candidate)) return true;
    const dot = candidate.indexOf('.');
    if (dot === -1) return false;
    candidate = candidate.slice(dot + 1);
  }
}

function parseUrl(raw: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `http://${raw.replace(/^\/\//, '')}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

const BLOCKLISTED: UrlResult = {
  severity: 'critical',
  type: 'blocklist',
  message: 'domain or URL on the malicious blocklist',
};

/** Blocklists, IP literal and look-alike: what depends on the host alone. */
function checkHost({ host, ctx }: { host: string; ctx: DetectorContext<UrlsState> }): UrlResult[] {
  const { options } = ctx.state;
  const out: UrlResult[] = [];
  const ipVersion = isIP(host);
  if (options.blocklist) {
    if (ctx.resources.maliciousDomains().matchHost(host)) out.push(BLOCKLISTED);
    else if (options.suspicious && ctx.resources.suspiciousDomains().matchHost(host)) {
      out.push({
        severity: 'low',
        type: 'suspicious_domain',
        message: 'domain on the suspicious list (dynamic DNS, parking, …)',
      });
    }
  }
  if (ipVersion !== 0 && options.ipHosts) {
    const isPrivate = ipVersion === 4 ? PRIVATE_IPV4.test(host) : PRIVATE_IPV6.test(host);
    out.push({
      severity: isPrivate ? 'low' : 'medium',
      type: 'ip_host',
      message: isPrivate ? 'URL points at a private or loopback address' : 'URL with an IP address instead of a domain',
    });
  }
  if (ipVersion === 0 && options.lookalikes) {
    const lookalike = findLookalike(host);
    if (lookalike) {
      const strong = lookalike.kind === 'homoglyph' || lookalike.kind === 'brand_in_subdomain';
      out.push({
        severity: strong ? 'high' : 'medium',
        type: `lookalike_${lookalike.kind}`,
        message: `domain imitates ${lookalike.brand} (${lookalike.kind.replaceAll('_', ' ')})`,
      });
    }
  }
  return out;
}

/**
 * Findings for one URL. Exfiltration is checked only for URLs of the text itself (a decoded payload is not rendered).
 * `hostCache` spares repeated hosts the blocklist and look-alike work within one text.
 */
function checkUrl({
  found,
  ctx,
  terms,
  inPayload,
  hostCache,
}: {
  found: ExtractedUrl;
  ctx: DetectorContext<UrlsState>;
  terms: readonly string[];
  inPayload: boolean;
  hostCache: Map<string, UrlResult[]>;
}): UrlResult[] {
  const { options, allowDomains } = ctx.state;
  const out: UrlResult[] = [];
  const lower = found.url.toLowerCase();
  if (lower.startsWith('javascript:') || lower.startsWith('vbscript:')) {
    return [{ severity: 'high', type: 'script_uri', message: 'script URI (javascript:/vbscript:) in a link' }];
  }
  if (lower.startsWith('data:')) {
    return lower.startsWith('data:image/') && !lower.startsWith('data:image/svg')
      ? []
      : [{ severity: 'high', type: 'data_uri', message: 'data: URI that can carry a page or script' }];
  }
  const url = parseUrl(found.url);
  if (!url || !WEB_SCHEMES.has(url.protocol)) return out;
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === '' || isAllowed(host, allowDomains)) return out;

  let hostResults = hostCache.get(host);
  if (!hostResults) {
    hostResults = checkHost({ host, ctx });
    hostCache.set(host, hostResults);
  }
  out.push(...hostResults);
  // URL-prefix entries (a bad path on a shared host) depend on the path: never cached.
  if (
    options.blocklist &&
    !hostResults.includes(BLOCKLISTED) &&
    ctx.resources.maliciousDomains().matchUrl(`${host}${url.pathname}`)
  ) {
    out.unshift(BLOCKLISTED);
  }
  if (!inPayload && options.exfiltration) {
    const signal = findExfiltration({ url, terms });
    if (signal) {
      const selfLoading = SELF_LOADING.has(found.context);
      const viaMarkup = selfLoading || found.context === 'markdown_link' || found.context === 'html_link';
      const severity = selfLoading ? 'high' : viaMarkup || signal.reason === 'conversation_terms' ? 'medium' : 'low';
      const what =
        signal.reason === 'conversation_terms'
          ? 'words of the conversation'
          : signal.reason === 'long_value'
            ? 'a long data value'
            : 'an encoded value';
      out.push({
        category: 'exfiltration',
        severity,
        type: selfLoading ? 'exfiltration_image' : 'exfiltration_link',
        message: `${selfLoading ? 'auto-loading image' : 'link'} URL carries ${what}`,
      });
    }
  }
  return out;
}

function scanView({
  view,
  ctx,
  terms,
  source,
  hostCache,
}: {
  view: MappedText;
  ctx: DetectorContext<UrlsState>;
  terms: readonly string[];
  source: DetectorFinding['source'];
  hostCache: Map<string, UrlResult[]>;
}): DetectorFinding[] {
  const findings: DetectorFinding[] = [];
  const inPayload = source !== 'text';
  for (const found of extractUrls(view.text)) {
    const results = checkUrl({ found, ctx, terms, inPayload, hostCache });
    if (results.length === 0) continue;
    const range = toOriginalRange({ view, start: found.start, end: found.end });
    for (const result of results) findings.push({ ...result, ...range, source });
  }
  return findings;
}

/**
 * Malicious and exfiltration URLs: blocklisted domains (critical) and suspicious ones (low), IP-literal hosts,
 * look-alikes of well-known brands, `javascript:`/`data:` links, and markdown/HTML images or links whose URL carries
 * data out (long or encoded query values, words of the conversation). Domains of the policy's allowlist (and their
 * subdomains) are never reported. URLs inside decoded payloads are checked too, except for exfiltration.
 *
 * @example analyzeText({ text: answer, direction: 'output', conversationTerms: ['falcon'] })
 */
export const urlsDetector = {
  id: 'urls',
  category: 'malicious_url',
  directions: ['input', 'output', 'context'],
  description: 'malicious, look-alike and exfiltration URLs',
  optionsSchema: UrlsOptionsSchema,
  prepare({ options, policy }) {
    return {
      options: UrlsOptionsSchema.parse(options ?? {}),
      allowDomains: new Set(policy.allowlist.domains.map((domain) => domain.toLowerCase().replace(/^\*?\./, ''))),
    };
  },
  detect(ctx) {
    const terms = ctx.conversationTerms
      .map((term) => term.toLowerCase())
      .filter((term) => term.length >= 4)
      .slice(0, MAX_TERMS);
    const hostCache = new Map<string, UrlResult[]>();
    const findings = scanView({ view: ctx.views.clean, ctx, terms, source: 'text', hostCache });
    if (ctx.state.options.payloads) {
      for (const payload of ctx.views.payloads) {
        findings.push(...scanView({ view: payload.view, ctx, terms, source: payload.encoding, hostCache }));
      }
    }
    return findings;
  },
} satisfies Detector<UrlsState>;
