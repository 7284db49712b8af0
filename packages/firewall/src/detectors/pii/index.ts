export { piiDetector } from './pii-detector.js';
export type { PiiType } from './pii-entity.js';
export { PII_TYPES } from './pii-entity.js';
export { winkTagger } from './wink-tagger.js';
