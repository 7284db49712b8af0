export { maxLengthDetector } from './max-length-detector.js';
