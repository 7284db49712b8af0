import type { Messages } from './en';
import { authDe } from './pages/auth.de';
import { chatDe } from './pages/chat.de';
import { overviewDe } from './pages/overview.de';
import { settingsDe } from './pages/settings.de';
import { workspaceDe } from './sections/workspace.de';

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

  ...authDe,
  ...chatDe,
  ...settingsDe,
  ...overviewDe,
  ...workspaceDe,

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

  'ui.close': 'Schließen',
  'ui.cancel': 'Abbrechen',
  'ui.retry': 'Erneut versuchen',
  'ui.requestId': 'Anfrage-ID',
  'ui.copy': 'Kopieren',
  'ui.copied': 'Kopiert',
  'ui.loading': 'Wird geladen…',
  'ui.save': 'Speichern',
  'ui.saved': 'Gespeichert',

  'error.hint.generic':
    'Versuchen Sie es gleich noch einmal. Tritt der Fehler weiter auf, wenden Sie sich mit der Anfrage-ID an den Support.',
  'error.hint.VALIDATION_FAILED': 'Prüfen Sie die markierten Felder und versuchen Sie es erneut.',
  'error.hint.UNAUTHENTICATED': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  'error.hint.INSUFFICIENT_TOKENS':
    'Kaufen Sie unter Einstellungen → Abrechnung ein Token-Paket oder bitten Sie einen Inhaber der Organisation darum.',
  'error.hint.FORBIDDEN': 'Ihre Rolle erlaubt das nicht. Wenden Sie sich an einen Inhaber oder Admin der Organisation.',
  'error.hint.CSRF_REJECTED': 'Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.hint.CONTENT_BLOCKED':
    'Die SigmaGuard-Firewall hat das gestoppt. Formulieren Sie die Nachricht ohne den beanstandeten Inhalt.',
  'error.hint.NOT_FOUND': 'Es wurde möglicherweise gelöscht. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.',
  'error.hint.CONFLICT':
    'Etwas mit demselben Namen oder Zustand existiert bereits. Ändern Sie es und versuchen Sie es erneut.',
  'error.hint.RATE_LIMITED': 'Zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  'error.hint.NOT_CONFIGURED':
    'Diese Funktion ist auf diesem Server noch nicht eingerichtet. Fragen Sie den Plattformbetreiber.',
  'error.hint.UNAVAILABLE': 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es in einer Minute erneut.',
  'error.hint.UPSTREAM_FAILED':
    'Der Modellanbieter hat einen Fehler gemeldet. Versuchen Sie es erneut oder wählen Sie ein anderes Modell.',
  'error.hint.UPSTREAM_TIMEOUT':
    'Das Modell hat zu lange gebraucht. Versuchen Sie es erneut oder wählen Sie ein schnelleres Modell.',
  'error.hint.NETWORK_ERROR': 'Prüfen Sie Ihre Verbindung und ob der Server läuft, und versuchen Sie es erneut.',
  'error.hint.INVALID_RESPONSE':
    'Laden Sie die Seite neu. Tritt das weiter auf, passen Dashboard- und Serverversion evtl. nicht zusammen.',
  'error.hint.HTTP_ERROR': 'Versuchen Sie es gleich noch einmal.',
} satisfies Messages;
