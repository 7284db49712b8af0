export { secretsDetector } from './secrets-detector.js';
