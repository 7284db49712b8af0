export { invisibleTextDetector } from './invisible-text-detector.js';
