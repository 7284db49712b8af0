export { bannedWordsDetector } from './banned-words-detector.js';
