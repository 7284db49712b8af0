export type { InjectionAssessment } from './assess-injection.js';
export { assessInjection } from './assess-injection.js';
export { detectInjection, injectionDetector } from './injection-detector.js';
export type { InjectionModel, InjectionModelFile } from './injection-model.js';
export { defaultInjectionModel, InjectionModelFileSchema, parseInjectionModel } from './injection-model.js';
export type { AttackKind, InjectionPattern } from './injection-patterns.js';
export { INJECTION_PATTERNS } from './injection-patterns.js';
