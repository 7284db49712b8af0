export * from './error-bodies.js';
export * from './health.js';
export * from './models.js';
export * from './tokens.js';
