import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Blocklist, loadBlocklist } from './load-blocklist.js';

// src/detectors/urls → packages/firewall/data, the same from dist/detectors/urls.
const DATA_DIR = new URL('../../../data/', import.meta.url);

function loadShipped(file: string): Blocklist {
  // Entries are ASCII (IDNs are stored as punycode), so latin1 decoding is exact and yields a compact one-byte string.
  const text = gunzipSync(readFileSync(new URL(file, DATA_DIR))).toString('latin1');
  return loadBlocklist({ text });
}

let malicious: Blocklist | undefined;
let suspicious: Blocklist | undefined;

/**
 * The shipped list of malicious domains and URL prefixes (maltrail, see data/README.md), loaded on first use
 * (≈ 40 ms, ≈ 5 MB) and then shared: it is immutable.
 *
 * @example defaultMaliciousBlocklist().matchHost('login.evil.example')
 */
export function defaultMaliciousBlocklist(): Blocklist {
  malicious ??= loadShipped('malicious-domains.txt.gz');
  return malicious;
}

/**
 * The shipped list of suspicious domains (dynamic DNS, parking, anonymisers…): a risk signal, not a verdict.
 *
 * @example defaultSuspiciousBlocklist().matchHost('x.dyndns.example')
 */
export function defaultSuspiciousBlocklist(): Blocklist {
  suspicious ??= loadShipped('suspicious-domains.txt.gz');
  return suspicious;
}
