import type { workflowsEn } from './workflows.en';

/** German messages of the workflows page; exactly the keys of {@link workflowsEn}. */
export const workflowsDe: Record<keyof typeof workflowsEn, string> = {
  'workflows.connect': 'Dify-Workflow verbinden',
  'workflows.empty.readOnly': 'Mitglieder und Admins können Dify-Workflows verbinden.',
  'workflows.notice.title': 'Der Workflow-Editor ist unterwegs',
  'workflows.notice.body':
    'Heute laufen Workflows auf Dify-Apps, die mit SIGMACODE verbunden sind: Jeder Schritt passiert trotzdem die SigmaGuard-Firewall und wird mit Tokens bezahlt. Workflows hier zu bauen und zu bearbeiten, kommt mit einer späteren Version.',
  'workflows.apps.title': 'Workflow-Apps',
  'workflows.apps.description': 'Workflow-Apps und Apps Ihrer Organisation, die auf einer Dify-App laufen.',
  'workflows.onDify': 'Läuft auf Dify',
  'workflows.platformDify': 'Das Dify der Plattform',
  'workflows.open': 'Öffnen',
  'workflows.empty.title': 'Noch keine Workflows',
  'workflows.empty.body':
    'Workflows laufen auf Dify-gestützten Apps. Verbinden Sie einen in Dify gebauten Workflow (oder eine beliebige App); er erscheint dann hier, geschützt von der Firewall und mit Tokens bezahlt.',
  'workflows.empty.next': 'Bis der Editor kommt, bauen Sie Chat- und Agenten-Apps unter „Agenten“.',
  'workflows.runs.title': 'Ausführungen',
  'workflows.runs.empty': 'Keine Ausführungen',
  'workflows.runs.body':
    'Der Verlauf mit Eingabe, Ausgabe, Dauer und Kosten jedes Schritts kommt zusammen mit dem Workflow-Editor.',
};
