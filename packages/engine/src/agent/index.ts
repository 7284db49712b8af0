export { MAX_AGENT_STEPS } from './agent-call-options.js';
export { generateAgent } from './generate-agent.js';
export type { AgentRun, RunAgentOptions, SamplingSettings } from './run-agent.js';
export { runAgent } from './run-agent.js';
export type { OnToolResult, ToolResultEvent } from './wrap-tools.js';
export { wrapTools } from './wrap-tools.js';
