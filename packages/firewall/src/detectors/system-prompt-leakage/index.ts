export type { Canary } from './create-canary.js';
export { createCanary } from './create-canary.js';
export type { Word } from './extract-words.js';
export { extractWords } from './extract-words.js';
export type { LeakageState } from './system-prompt-leakage-detector.js';
export { overlapFindings, systemPromptLeakageDetector } from './system-prompt-leakage-detector.js';
export type { OverlapRun, OverlapSettings, OverlapTracker } from './track-prompt-overlap.js';
export { trackPromptOverlap } from './track-prompt-overlap.js';
