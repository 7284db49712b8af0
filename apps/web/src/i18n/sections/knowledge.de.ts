import type { knowledgeEn } from './knowledge.en';

/** German messages of the knowledge page; exactly the keys of {@link knowledgeEn}. */
export const knowledgeDe: Record<keyof typeof knowledgeEn, string> = {
  'knowledge.badge': 'Demnächst',
  'knowledge.intro.title': 'Wissensdatenbanken: Antworten aus Ihren eigenen Dokumenten',
  'knowledge.intro.body':
    'Bald können Sie Handbücher, FAQs und Richtlinien in Wissensdatenbanken hochladen. Agenten durchsuchen sie dann beim Antworten und nennen ihre Quellen – die Antworten beruhen auf Ihren Fakten statt auf dem Gedächtnis des Modells.',
  'knowledge.how.title': 'So wird es funktionieren',
  'knowledge.step.upload.title': 'Hochladen',
  'knowledge.step.upload.body': 'PDFs, Word-Dateien, Markdown oder Webseiten einer Wissensdatenbank hinzufügen.',
  'knowledge.step.index.title': 'Indexieren',
  'knowledge.step.index.body':
    'Dokumente werden in Abschnitte zerlegt und mit einem Modell Ihrer Wahl in Embeddings umgewandelt; die Tokens werden wie jede Anfrage abgerechnet.',
  'knowledge.step.retrieve.title': 'Abrufen',
  'knowledge.step.retrieve.body':
    'Verbundene Agenten finden zu jeder Frage die passenden Abschnitte und antworten mit Quellenangaben.',
  'knowledge.step.guard.title': 'Schützen',
  'knowledge.step.guard.body':
    'Jeder abgerufene Abschnitt passiert die Firewall als Kontext – eingeschleuste Anweisungen und Geheimnisse in Dokumenten werden erkannt.',
  'knowledge.embeddings.title': 'Embedding-Modelle',
  'knowledge.embeddings.body': 'Wissensdatenbanken werden eines dieser Modelle zum Indexieren verwenden.',
  'knowledge.embeddings.none': 'Der Katalog enthält noch kein Embedding-Modell.',
  'knowledge.embeddings.manage': 'Modelle und Anbieter verwalten',
  'knowledge.today.title': 'Was heute schon geht',
  'knowledge.today.prompt': 'Kurzes Nachschlagematerial direkt in die Anweisungen eines Agenten schreiben.',
  'knowledge.today.webPage': 'Agenten öffentliche Seiten mit dem eingebauten Tool „web_page“ lesen lassen.',
  'knowledge.today.dify': 'Eine Dify-App mit eigenem Wissen verbinden; SIGMACODE schützt sie und rechnet sie ab.',
  'knowledge.today.agents': 'Zu den Agenten',
};
