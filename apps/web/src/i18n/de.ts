import type { Messages } from './en';

/** German messages. `satisfies Messages` makes a missing or extra key a type error. */
export const de = {
  'brand.name': 'SIGMACODE',
  'a11y.skipToContent': 'Zum Inhalt springen',

  'language.label': 'Sprache',
  'language.en': 'English',
  'language.de': 'Deutsch',
  'theme.toDark': 'Zum dunklen Design wechseln',
  'theme.toLight': 'Zum hellen Design wechseln',

  'header.nav': 'Hauptnavigation',
  'header.features': 'Funktionen',
  'header.pricing': 'Preise',
  'header.signIn': 'Anmelden',
  'header.dashboard': 'Dashboard',

  'hero.eyebrow': 'KI-Agenten-Plattform mit eingebauter Firewall',
  'hero.title': 'Sichere, abgerechnete KI für Ihre Kunden',
  'hero.subtitle':
    'Mit SIGMACODE bieten Sie Ihren Kunden KI-Chat, Agenten, Workflows und Wissensdatenbanken an. Jede Anfrage durchläuft die SigmaGuard-Firewall und wird aus vorausbezahlten Tokens bezahlt.',
  'hero.openDashboard': 'Dashboard öffnen',
  'hero.seePricing': 'Preise ansehen',

  'features.title': 'Alles zwischen Ihren Kunden und den Modellen',
  'features.firewall.title': 'SigmaGuard KI-Firewall',
  'features.firewall.body':
    'Prüft Prompts, Tool-Ergebnisse und gestreamte Antworten gegen Ihre Richtlinie und blockiert oder schwärzt, bevor etwas ein Modell oder einen Nutzer erreicht.',
  'features.metering.title': 'Vorausbezahlte, gemessene Tokens',
  'features.metering.body':
    'Kunden kaufen vorab ein Token-Paket. Jede Anfrage reserviert Tokens und rechnet genau ab, was sie verbraucht hat: keine Überraschungen auf der Rechnung.',
  'features.apis.title': 'OpenAI- und Dify-kompatible APIs',
  'features.apis.body':
    'Richten Sie bestehende OpenAI-SDKs oder Dify-Clients auf SIGMACODE. Beide APIs laufen durch dieselbe Firewall- und Abrechnungs-Pipeline.',
  'features.builder.title': 'Agenten, Workflows und Wissen',
  'features.builder.body':
    'Bauen Sie Chat-Apps, Agenten mit Tools, Workflows und Wissensdatenbanken und bieten Sie sie Ihren eigenen Kunden an.',

  'pricing.title': 'Token-Pakete',
  'pricing.subtitle': 'Vorausbezahlte Einmalkäufe. Tokens werden bei Nutzung abgezogen.',
  'pricing.tokens': '{count} Tokens',
  'pricing.perThousand': '{price} pro 1.000 Tokens',
  'pricing.getStarted': 'Loslegen',
  'pricing.package.starter': 'Starter',
  'pricing.package.pro': 'Pro',
  'pricing.package.business': 'Business',
  'pricing.package.enterprise': 'Enterprise',

  'footer.tagline': 'Sichere, abgerechnete KI-Agenten.',

  'auth.comingSoon': 'Kommt mit der Identitätsfunktion',
  'login.title': 'Anmelden',
  'login.body':
    'Die Anmeldung kommt mit der Identitätsfunktion. Noch gibt es keine Konten, also gibt es auch nichts, wobei Sie sich anmelden könnten.',
  'register.title': 'Konto erstellen',
  'register.body': 'Die Registrierung kommt mit der Identitätsfunktion. Bis dahin können keine Konten erstellt werden.',
  'auth.backHome': 'Zurück zur Startseite',
  'auth.previewDashboard': 'Vorschau des Dashboards',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Die gesuchte Seite gibt es nicht oder sie wurde verschoben.',
  'notFound.home': 'Zur Startseite',

  'dashboard.nav': 'Dashboard',
  'dashboard.openMenu': 'Navigation öffnen',
  'dashboard.closeMenu': 'Navigation schließen',

  'nav.overview': 'Übersicht',
  'nav.chat': 'Chat',
  'nav.agents': 'Agenten',
  'nav.workflows': 'Workflows',
  'nav.firewall': 'Firewall',
  'nav.knowledge': 'Wissen',
  'nav.models': 'Modelle',
  'nav.tools': 'Tools',
  'nav.settings': 'Einstellungen',

  'section.overview.description': 'Der Zustand Ihrer SIGMACODE-Plattform.',
  'section.chat.description': 'Chatten Sie mit Modellen und Agenten, jede Nachricht von SigmaGuard geprüft.',
  'section.agents.description': 'Konfigurieren Sie Agenten mit Anweisungen, Modellen und Tools.',
  'section.workflows.description': 'Verketten Sie Modelle, Tools und Bedingungen zu wiederholbaren Workflows.',
  'section.firewall.description':
    'Legen Sie SigmaGuard-Richtlinien fest und prüfen Sie blockierte oder geschwärzte Anfragen.',
  'section.knowledge.description': 'Laden Sie Dokumente in Wissensdatenbanken, die Agenten durchsuchen können.',
  'section.models.description': 'Verbinden Sie Modellanbieter und wählen Sie, welche Modelle angeboten werden.',
  'section.tools.description': 'Verwalten Sie die Tools, die Agenten aufrufen dürfen.',
  'section.settings.description': 'Organisation, Mitglieder, API-Schlüssel und Token-Guthaben.',

  'comingSoon.badge': 'Demnächst',
  'comingSoon.body': 'Dieser Bereich entsteht gerade und erscheint hier in einer späteren Version.',
  'comingSoon.back': 'Zurück zur Übersicht',

  'status.title': 'Plattformstatus',
  'status.operational': 'In Betrieb',
  'status.degraded': 'Beeinträchtigt',
  'status.version': 'Version',
  'status.database': 'Datenbank',
  'status.redis': 'Redis',
  'status.uptime': 'Laufzeit',
  'status.dependency.ok': 'OK',
  'status.dependency.error': 'Fehler',
  'status.dependency.disabled': 'Nicht verwendet',
  'status.failing': 'Fehlerhaft: {list}',
  'status.loading': 'Plattformstatus wird geladen…',
  'status.refresh': 'Aktualisieren',
  'status.checkedAt': 'Geprüft um {time}',
  'status.errorTitle': 'Der Plattformstatus konnte nicht geladen werden',
  'status.retry': 'Erneut versuchen',
  'status.errorCode': 'Code',
  'status.requestId': 'Anfrage-ID',

  'models.loading': 'Modellkatalog wird geladen…',
  'models.errorTitle': 'Der Modellkatalog konnte nicht geladen werden',
  'models.available': 'Verfügbar',
  'models.notConfigured': 'Anbieter nicht eingerichtet',
  'models.devModel': 'Entwicklungsmodell – kein Sprachmodell (LLM)',
  'models.context': 'Kontext: {tokens} Tokens',
  'models.price': 'Preis: {prompt} / {completion} Plattform-Tokens je 1.000 Eingabe- / Ausgabe-Tokens',
  'models.free': 'Kein Nutzungspreis: nur die Aktion wird berechnet',
  'models.capability.chat': 'Chat',
  'models.capability.tools': 'Werkzeuge',
  'models.capability.vision': 'Bilder',
  'models.capability.embeddings': 'Embeddings',
  'models.capability.streaming': 'Streaming',

  'error.NETWORK_ERROR': 'Der Server ist nicht erreichbar. Prüfen Sie, ob er läuft.',
  'error.INVALID_RESPONSE': 'Der Server hat eine Antwort gesendet, die das Dashboard nicht lesen kann.',
  'error.HTTP_ERROR': 'Der Server hat mit Status {status} geantwortet.',
} satisfies Messages;
