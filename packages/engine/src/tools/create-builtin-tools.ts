import { AppError } from '@sigmacode/core';
import type { ToolSet } from 'ai';
import { BUILTIN_TOOLS } from './registry.js';
import { createSafeFetch, type SafeFetch } from './safe-fetch/create-safe-fetch.js';
import type { HostResolver } from './safe-fetch/resolve-host.js';

/** What `createBuiltinTools` takes. */
export interface CreateBuiltinToolsOptions {
  /** Hosts the network tools may reach even when private (e.g. an intranet wiki), exact names or IPs. */
  allowHosts?: readonly string[];
  /** Replaces the SSRF-safe fetch (then `allowHosts` and `resolve` are the replacement's business). */
  fetch?: SafeFetch;
  /** Replaces the system resolver of the default fetch (tests). */
  resolve?: HostResolver;
  /** The clock of `current_time` (tests). */
  now?: () => Date;
  /** Only these tools (default: all). An unknown name is NOT_FOUND. */
  only?: readonly string[];
}

/**
 * The built-in tools as an AI SDK tool set: `http_request`, `web_page`, `current_time`, `calculator`. Network tools
 * go through one SSRF-safe fetch (see `createSafeFetch`).
 *
 * @example
 * const tools = createBuiltinTools({ only: ['calculator', 'current_time'] })
 * const run = runAgent({ model, messages, tools, maxSteps: 5 })
 */
export function createBuiltinTools({
  allowHosts = [],
  fetch,
  resolve,
  now = () => new Date(),
  only,
}: CreateBuiltinToolsOptions = {}): ToolSet {
  const unknown = (only ?? []).filter((name) => !BUILTIN_TOOLS.some((tool) => tool.name === name));
  if (unknown.length > 0) {
    throw new AppError('NOT_FOUND', {
      message: `Unknown built-in tool(s): ${unknown.join(', ')}.`,
      details: { tools: unknown },
    });
  }
  const deps = { fetch: fetch ?? createSafeFetch({ allowHosts, resolve }), now };
  const tools: ToolSet = {};
  for (const builtin of BUILTIN_TOOLS) {
    if (!only || only.includes(builtin.name)) tools[builtin.name] = builtin.create(deps);
  }
  return tools;
}
