import { agentsEn } from './agents.en';
import { firewallEn } from './firewall.en';
import { knowledgeEn } from './knowledge.en';
import { modelsEn } from './models.en';
import { toolsEn } from './tools.en';
import { workflowsEn } from './workflows.en';

/**
 * English messages of the workspace sections (agents, workflows, firewall, knowledge, models, tools), spread into
 * `en.ts`. Each section keeps its own file; adding one = one file and one line here.
 */
export const workspaceEn = {
  ...agentsEn,
  ...firewallEn,
  ...knowledgeEn,
  ...modelsEn,
  ...toolsEn,
  ...workflowsEn,
} satisfies Record<string, string>;
