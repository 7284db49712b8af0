export { type FirewallPolicyRow, firewallPolicies } from './firewall-policies.js';
export { type StoredFinding, type ThreatEventRow, threatEvents } from './threat-events.js';
