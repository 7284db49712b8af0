import { defaultMaliciousBlocklist, defaultSuspiciousBlocklist } from './detectors/urls/default-blocklists.js';
import type { Blocklist } from './detectors/urls/load-blocklist.js';

/**
 * Data detectors need that does not fit in a JSON policy. Functions, so large lists load only when a text needs them.
 */
export interface FirewallResources {
  maliciousDomains(): Blocklist;
  suspiciousDomains(): Blocklist;
}

/**
 * The shipped lists.
 *
 * @example DEFAULT_RESOURCES.maliciousDomains() // loads the shipped list once (≈ 50 ms) — e.g. at server start
 */
export const DEFAULT_RESOURCES: FirewallResources = {
  maliciousDomains: defaultMaliciousBlocklist,
  suspiciousDomains: defaultSuspiciousBlocklist,
};
