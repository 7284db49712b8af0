export { urlsDetector } from './urls-detector.js';
