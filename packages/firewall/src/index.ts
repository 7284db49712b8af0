export type { AnalyzeInput, AnalyzeOptions } from './analyze.js';
export { AnalyzeInputSchema, analyze, analyzeText } from './analyze.js';
export type { CreateFirewallOptions, Firewall } from './create-firewall.js';
export { createFirewall } from './create-firewall.js';
export type { Detector, DetectorContext, DetectorFinding } from './detectors/detector.js';
export type { AttackKind, InjectionAssessment, InjectionModel } from './detectors/injection/index.js';
export {
  assessInjection,
  defaultInjectionModel,
  INJECTION_PATTERNS,
  injectionDetector,
  parseInjectionModel,
} from './detectors/injection/index.js';
export type { PiiType } from './detectors/pii/index.js';
export { PII_TYPES } from './detectors/pii/index.js';
export { DETECTORS } from './detectors/registry.js';
export type { Canary, LeakageState, OverlapRun, OverlapSettings } from './detectors/system-prompt-leakage/index.js';
export { createCanary, systemPromptLeakageDetector } from './detectors/system-prompt-leakage/index.js';
export type { Blocklist } from './detectors/urls/load-blocklist.js';
export { loadBlocklist, mergeBlocklists } from './detectors/urls/load-blocklist.js';
export type { GuardClient, GuardClientOptions } from './http/create-guard-client.js';
export { createGuardClient } from './http/create-guard-client.js';
export * from './normalize/index.js';
export * from './policy/index.js';
export * from './redact/index.js';
export type { FirewallResources } from './resources.js';
export { DEFAULT_RESOURCES } from './resources.js';
export type { OutputScanner, OutputScannerOptions, StreamSummary } from './stream/index.js';
export { createOutputScanner, createTextScanner, type TextScanner } from './stream/index.js';
export * from './verdict.js';
