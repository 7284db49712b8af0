import type { toolsEn } from './tools.en';

/** German messages of the tools page; exactly the keys of {@link toolsEn}. */
export const toolsDe: Record<keyof typeof toolsEn, string> = {
  'tools.loading': 'Tools werden geladen…',
  'tools.loadFailed': 'Die Tools konnten nicht geladen werden',
  'tools.parameters': 'Parameter (* Pflicht)',
  'tools.builtin.title': 'Eingebaute Tools',
  'tools.builtin.description':
    'Stehen Agenten der Art „Agent“ immer zur Verfügung. Webanfragen erreichen nur öffentliche Adressen; jedes Ergebnis passiert die Firewall.',
  'tools.mcp.title': 'MCP-Server',
  'tools.mcp.description':
    'Verbinden Sie Model-Context-Protocol-Server, um Agenten weitere Tools zu geben. Agenten wählen sie als „mcp:<Server>/<Tool>“.',
  'tools.noPermission': 'Ihre Rolle darf die MCP-Server nicht sehen.',
  'tools.empty': 'Noch keine MCP-Server',
  'tools.emptyBody':
    'Registrieren Sie einen Server über seine URL; seine Tools erscheinen dann hier und in der Tool-Liste jedes Agenten.',
  'tools.emptyReadOnly': 'Inhaber und Admins können MCP-Server registrieren.',
  'tools.connecting': 'Der Server wird nach seinen Tools gefragt…',
  'tools.status.tools': '{count} Tools',
  'tools.status.unreachable': 'Nicht erreichbar',
  'tools.unreachableTitle': 'Seine Tools konnten nicht abgefragt werden',
  'tools.unreachableHint':
    'Prüfen Sie URL und Header und ob der Server läuft. Agenten lassen seine Tools aus, bis er antwortet.',
  'tools.showTools': 'Seine {count} Tools anzeigen',
  'tools.secrets': 'Verschlüsselt gespeichert: {names}',
  'tools.register.open': 'Server registrieren',
  'tools.register.title': 'MCP-Server registrieren',
  'tools.register.body':
    'Werte von Headern und Variablen werden verschlüsselt und nie wieder angezeigt. Registrieren unter einem vorhandenen Namen ersetzt ihn.',
  'tools.register.submit': 'Registrieren',
  'tools.register.connecting': 'Wird registriert…',
  'tools.register.failed': 'Der Server konnte nicht registriert werden',
  'tools.field.name': 'Name',
  'tools.field.nameHint': 'Kleinbuchstaben, Ziffern und Bindestriche; Teil jeder Tool-ID.',
  'tools.field.transport': 'Verbindung',
  'tools.transport.http': 'HTTP',
  'tools.transport.http.body': 'Ein Server im Internet (Streamable HTTP).',
  'tools.transport.stdio': 'Befehl (stdio)',
  'tools.transport.stdio.body': 'Ein Programm, das auf dem Plattform-Host gestartet wird.',
  'tools.transport.stdioLocked': 'Nur Plattformbetreiber dürfen Befehle auf dem Host ausführen.',
  'tools.field.url': 'URL',
  'tools.field.urlHint': 'Muss eine öffentliche Adresse sein, sofern der Betreiber den Host nicht freigegeben hat.',
  'tools.field.headers': 'Header (optional)',
  'tools.field.headersHint': 'Ein „Name: Wert“ pro Zeile, z. B. für ein Zugriffstoken.',
  'tools.field.command': 'Befehl',
  'tools.field.args': 'Argumente',
  'tools.field.argsHint': 'Durch Leerzeichen getrennt; Argumente mit Leerzeichen in Anführungszeichen.',
  'tools.field.env': 'Umgebungsvariablen (optional)',
  'tools.field.envHint': 'Ein NAME=Wert pro Zeile.',
  'tools.stdioWarning':
    'Der Befehl läuft auf dem Plattform-Host mit den Rechten des Servers. Führen Sie nur Programme aus, denen Sie vertrauen.',
  'tools.error.url': 'Geben Sie eine http- oder https-URL ein.',
  'tools.error.line': 'Zeile {line} hat nicht die erwartete Form.',
  'tools.remove.label': '{name} entfernen',
  'tools.remove.title': '„{name}“ entfernen?',
  'tools.remove.body':
    'Der Server und seine verschlüsselten Geheimnisse werden gelöscht. Agenten, die seine Tools nutzen, bekommen sie nicht mehr.',
  'tools.remove.confirm': 'Server entfernen',
  'tools.remove.failed': 'Der Server konnte nicht entfernt werden',
};
