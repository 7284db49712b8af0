export type { OutputScanner, OutputScannerOptions } from './create-output-scanner.js';
export { createOutputScanner } from './create-output-scanner.js';
export { createTextScanner, type TextScanner } from './create-text-scanner.js';
export type { StreamSummary } from './stream-summary.js';
