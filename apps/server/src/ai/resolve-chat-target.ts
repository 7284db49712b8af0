import { AppError } from '@sigmacode/core';
import { createBuiltinTools } from '@sigmacode/engine';
import type { Policy } from '@sigmacode/firewall';
import type { ToolSet } from 'ai';
import type { AppConfig } from '../apps/app-schemas.js';
import { findApp, type LoadedApp } from '../apps/find-app.js';
import { loadEffectivePolicy } from '../firewall/policy-store.js';
import type { Principal } from '../identity/access/principal.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { loadMcpTools } from '../tools/load-mcp-tools.js';

/** What a request's `model` names: a model directly, or an app with its configuration. */
export interface ChatTarget {
  appId: string | null;
  app: AppConfig | null;
  /** The model, then the app's fallbacks. */
  modelIds: string[];
  policy: Policy;
  /** The app's system prompt (a plain model has none of its own). */
  system: string | undefined;
  /** The app's server-side tools (built-in and MCP). */
  tools: ToolSet | undefined;
  maxSteps: number;
  agent: boolean;
  /** Closes what the target opened (MCP connections); call once the answer is done. */
  release(): Promise<void>;
  /** Set when the app runs on Dify: the caller forwards to it (dify-upstream/) instead of calling a model. */
  dify?: LoadedApp;
}

const nothing = async () => {};

/**
 * Resolves `model` of a request: `app:<id>` → the app's model, fallbacks, system prompt, tools (built-in, and MCP
 * servers connected for this call) and firewall policy; anything else → that model with the organization's policy.
 * An app key may only run its own app. An app that runs on Dify comes back as `dify`, with no model.
 *
 * @example const target = await resolveChatTarget({ deps, principal, model: 'app:app_123' })
 */
export async function resolveChatTarget({
  deps,
  principal,
  model,
}: {
  deps: Pick<PipelineDeps, 'db' | 'box' | 'ai'>;
  principal: Principal;
  model: string;
}): Promise<ChatTarget> {
  const { db } = deps;
  const organizationId = principal.organizationId;
  const appKeyApp = principal.kind === 'api_key' && principal.keyKind === 'app' ? principal.appId : null;
  if (!model.startsWith('app:')) {
    if (appKeyApp) {
      throw new AppError('FORBIDDEN', {
        message: `An app key can only run its own app: use model "app:${appKeyApp}".`,
      });
    }
    const { policy } = await loadEffectivePolicy({ db, organizationId });
    return {
      appId: null,
      app: null,
      modelIds: [model],
      policy,
      system: undefined,
      tools: undefined,
      maxSteps: 1,
      agent: false,
      release: nothing,
    };
  }
  const appId = model.slice(4);
  if (appKeyApp && appKeyApp !== appId) {
    throw new AppError('FORBIDDEN', { message: `An app key can only run its own app: use model "app:${appKeyApp}".` });
  }
  const found = await findApp({ db, organizationId, appId });
  const { row, config } = found;
  const { policy } = await loadEffectivePolicy({ db, organizationId, appId });
  if (config.upstream || !config.model) {
    return {
      appId,
      app: config,
      modelIds: [],
      policy,
      system: undefined,
      tools: undefined,
      maxSteps: 1,
      agent: false,
      release: nothing,
      dify: found,
    };
  }
  const agent = row.mode === 'agent-chat';
  const builtin = config.tools.filter((name) => !name.startsWith('mcp:'));
  const mcpRefs = config.tools.filter((name) => name.startsWith('mcp:'));
  let tools: ToolSet | undefined;
  let release = nothing;
  if (agent) {
    const mcp =
      mcpRefs.length > 0
        ? await loadMcpTools({
            db,
            box: deps.box,
            organizationId,
            refs: mcpRefs,
            policy: { allowHosts: deps.ai.mcpAllowHosts ?? [] },
          })
        : null;
    if (mcp) release = () => mcp.close();
    const own = builtin.length > 0 ? createBuiltinTools({ only: builtin }) : {};
    tools = { ...own, ...(mcp?.tools ?? {}) };
    if (Object.keys(tools).length === 0) tools = undefined;
  }
  return {
    appId,
    app: config,
    modelIds: [config.model, ...config.fallbackModels],
    policy,
    system: config.systemPrompt || undefined,
    tools,
    maxSteps: agent ? config.maxSteps : 1,
    agent,
    release,
  };
}
