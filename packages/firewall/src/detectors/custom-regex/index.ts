export { customRegexDetector } from './custom-regex-detector.js';
