import type { overviewEn } from './overview.en';

/** Texte der Übersicht (Deutsch). */
export const overviewDe = {
  'overview.description': 'Tokens, Nutzung und Firewall auf einen Blick.',
  'overview.tokensLeft': 'Verbleibende Tokens',
  'overview.reserved': '{count} von laufenden Anfragen reserviert',
  'overview.buyTokens': 'Tokens kaufen',
  'overview.requests': 'Anfragen (30 Tage)',
  'overview.spent': '{count} Tokens verbraucht',
  'overview.blocks': 'Firewall-Blockaden (30 Tage)',
  'overview.threats': '{count} Bedrohungsereignisse insgesamt',
  'overview.openFirewall': 'Firewall-Cockpit öffnen',
  'overview.usage': 'Nutzung im Zeitverlauf',
  'overview.usageHint': 'Berechnete Plattform-Tokens pro Tag, letzte 30 Tage.',
  'overview.usageEmpty':
    'Noch keine Nutzung. Senden Sie eine Nachricht im Chat oder rufen Sie die API mit einem Schlüssel auf.',
  'overview.usageFailed': 'Die Nutzung konnte nicht geladen werden',
  'overview.tokens': 'Tokens',
  'overview.calls': 'Anfragen',
  'overview.activity': 'Letzte Aktivität',
  'overview.activityEmpty':
    'Noch ist nichts passiert. Beginnen Sie im Chat oder erstellen Sie in den Einstellungen einen API-Schlüssel.',
  'overview.activityFailed': 'Die letzte Aktivität konnte nicht geladen werden',
  'overview.allActivity': 'Gesamten Buchungsverlauf ansehen',
  'overview.statFailed': 'Nicht verfügbar',
  'overview.startChat': 'Chat beginnen',
} satisfies Record<keyof typeof overviewEn, string>;
