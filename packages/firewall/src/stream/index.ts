export type { OutputScanner, OutputScannerOptions } from './create-output-scanner.js';
export { createOutputScanner } from './create-output-scanner.js';
export type { StreamSummary } from './stream-summary.js';
