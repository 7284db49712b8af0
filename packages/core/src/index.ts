export * from './env/index.js';
export * from './errors/index.js';
export * from './ids/index.js';
export * from './wire/index.js';
