export type { AppConfig, AppDeps } from './app-deps.js';
export { type Env, EnvSchema, loadEnv } from './config/env.js';
export { createApp } from './create-app.js';
