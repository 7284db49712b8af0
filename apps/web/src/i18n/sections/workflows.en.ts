/** English messages of the workflows page, prepared for the workflow editor that arrives later. */
export const workflowsEn = {
  'workflows.connect': 'Connect a Dify workflow',
  'workflows.empty.readOnly': 'Members and admins can connect Dify workflows.',
  'workflows.notice.title': 'The workflow editor is on its way',
  'workflows.notice.body':
    'Today, workflows run on Dify apps connected to SIGMACODE: every step still passes the SigmaGuard firewall and is paid for with tokens. Building and editing workflows here arrives with a later release.',
  'workflows.apps.title': 'Workflow apps',
  'workflows.apps.description': 'Workflow apps and apps backed by a Dify app in your organization.',
  'workflows.onDify': 'Runs on Dify',
  'workflows.platformDify': 'The platform’s Dify',
  'workflows.open': 'Open',
  'workflows.empty.title': 'No workflows yet',
  'workflows.empty.body':
    'Workflows run on Dify-backed apps. Connect a workflow (or any app) built in Dify and it appears here, guarded by the firewall and paid for with tokens.',
  'workflows.empty.next': 'Until the editor arrives, build chat and agent apps under Agents.',
  'workflows.runs.title': 'Runs',
  'workflows.runs.empty': 'No runs to show',
  'workflows.runs.body':
    'Run history with each step’s input, output, duration and cost arrives together with the workflow editor.',
} satisfies Record<string, string>;
