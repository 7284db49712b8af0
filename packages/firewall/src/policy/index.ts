export type { CompiledDetector, CompiledPolicy } from './compile-policy.js';
export { compilePolicy } from './compile-policy.js';
export { DEFAULT_POLICY } from './default-policy.js';
export { parsePolicy } from './parse-policy.js';
export type { CustomRegex, DetectorAction, DetectorConfig, Policy, PolicyInput, PolicyMode } from './policy-schema.js';
export { CustomRegexSchema, DetectorActionSchema, DetectorConfigSchema, PolicySchema } from './policy-schema.js';
