import type { Tool } from 'ai';
import type { SafeFetch } from './safe-fetch/create-safe-fetch.js';

/** What built-in tools may use: the SSRF-safe fetch and a clock. */
export interface BuiltinToolDeps {
  fetch: SafeFetch;
  now: () => Date;
}

/** A built-in tool as a plug-in: its name (what the model calls) and how to build the AI SDK tool. */
export interface BuiltinTool {
  name: string;
  create(deps: BuiltinToolDeps): Tool;
}
