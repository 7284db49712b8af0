export * from './fake-upstream-script.js';
export * from './start-fake-openai-upstream.js';
