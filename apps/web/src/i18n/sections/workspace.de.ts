import { agentsDe } from './agents.de';
import { firewallDe } from './firewall.de';
import { knowledgeDe } from './knowledge.de';
import { modelsDe } from './models.de';
import { toolsDe } from './tools.de';
import { workflowsDe } from './workflows.de';
import type { workspaceEn } from './workspace.en';

/** German messages of the workspace sections; exactly the keys of {@link workspaceEn}. */
export const workspaceDe: Record<keyof typeof workspaceEn, string> = {
  ...agentsDe,
  ...firewallDe,
  ...knowledgeDe,
  ...modelsDe,
  ...toolsDe,
  ...workflowsDe,
};
