export { EnvError, parseEnv } from './parse-env.js';
