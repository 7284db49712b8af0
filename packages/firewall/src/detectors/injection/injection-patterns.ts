/**
 * Phrase patterns of prompt injections and jailbreaks in English and German, matched on the folded view (lowercase,
 * no diacritics — `ä` is `a`, `ß` is `ss` — homoglyphs, leetspeak and spaced letters undone, whitespace collapsed),
 * so `ІGN0RE  prev1ous instructions` and `Ignoriere alle vorherigen Anweisungen` both match. Every repetition is
 * bounded and no quantified group nests another, so matching stays linear.
 *
 * A match is a feature of the classifier (which weighs it against the rest of the text — a security article quoting
 * the phrase is not an attack) and names the kind of attack in the finding.
 */

/** What a pattern indicates. */
export type AttackKind = 'jailbreak' | 'direct_injection' | 'indirect_injection' | 'system_prompt_extraction';

/** One phrase pattern. */
export interface InjectionPattern {
  readonly id: string;
  readonly kind: AttackKind;
  /** Substrings of which every match contains one: a text without any of them skips the regex. */
  readonly anchors: readonly string[];
  readonly pattern: RegExp;
}

const W = "[\\w'-]+"; // a word of the folded text
const GAP = `(?: ${W}){0,4}`; // up to four words in between

const EN_OBJECTS =
  'instructions?|directions?|directives?|rules|guidelines|prompts?|commands?|orders|constraints|restrictions|' +
  'guidance|programming|messages|context|policies|limitations|safeguards|filters';
const DE_OBJECTS =
  'anweisung(?:en)?|instruktion(?:en)?|regeln|befehle?|vorgaben|richtlinien|anordnungen|aufgaben?|vorschriften|' +
  'ausfuhrungen|informationen|eingaben|prompts?|beschrankungen|einschrankungen|befehlen|hinweise';
const AI_EN_WORDS = [
  'ai',
  'a.i.',
  'assistant',
  'llm',
  'language model',
  'chatbot',
  'bot',
  'model',
  'gpt',
  'chatgpt',
  'agent',
  'copilot',
];
const AI_EN = `(?:${AI_EN_WORDS.map((word) => word.replaceAll('.', '\\.')).join('|')})`;
const AI_DE = '(?:ki|ki-assistent(?:en)?|assistent(?:en)?|sprachmodell|chatbot|bot|modell|ki-modell|agent(?:en)?)';

const SOURCES: readonly [string, AttackKind, readonly string[], string][] = [
  // --- English: overriding instructions
  [
    'en-ignore-instructions',
    'direct_injection',
    [
      'ignore',
      'disregard',
      'forget',
      'skip',
      'overlook',
      'override',
      'bypass',
      'abandon',
      'neglect',
      'discard',
      'drop',
    ],
    `\\b(?:ignore|disregard|forget|skip|overlook|override|bypass|abandon|neglect|discard|drop)\\b${GAP} (?:${EN_OBJECTS})\\b`,
  ],
  ['en-forget-everything', 'direct_injection', ['forget'], `\\bforget (?:about )?(?:everything|all|anything|what)\\b`],
  [
    'en-new-instructions',
    'direct_injection',
    ['new '],
    `\\bnew (?:instructions?|rules|tasks?|directives?|orders)\\b ?[:!-]`,
  ],
  ['en-from-now-on', 'direct_injection', ['from now on'], `\\bfrom now on,? (?:you|your|u|act|respond|answer|only)\\b`],
  ['en-no-longer', 'jailbreak', ['no longer'], `\\byou (?:are|r) no longer\\b`],
  // --- English: jailbreaks
  [
    'en-dan',
    'jailbreak',
    ['do anything now', 'developer mode', 'dev mode', 'god mode', 'jailbr', 'dan mode'],
    `\\b(?:do anything now|developer mode|dev mode|god mode|jailbr(?:eak|oken)|dan mode)\\b`,
  ],
  [
    'en-no-restrictions',
    'jailbreak',
    [
      'restriction',
      'limitation',
      'filter',
      'censorship',
      'guideline',
      'ethic',
      'moral',
      'boundar',
      'safeguard',
      'polic',
    ],
    `\\b(?:no|without|free (?:of|from)|beyond|bypass(?:ing)?|ignor(?:e|ing))(?: any| all| the)? (?:restrictions|limitations|filters?|censorship|guidelines|ethical|ethics|morals?|moral|boundaries|safeguards|content polic(?:y|ies))\\b`,
  ],
  [
    'en-unfiltered',
    'jailbreak',
    ['unfiltered', 'uncensored', 'amoral', 'unrestricted', 'unethical ai', 'unbound'],
    `\\b(?:unfiltered|uncensored|amoral|unrestricted|unethical ai|unbound)\\b`,
  ],
  [
    'en-stay-in-character',
    'jailbreak',
    ['character', 'in role'],
    `\\b(?:stay|remain|staying) in (?:character|role)\\b|\\bbreak(?:ing)? character\\b`,
  ],
  [
    'en-pretend',
    'jailbreak',
    ['pretend', 'act as if', 'act like', 'roleplay', 'role-play', 'role play', 'imagine'],
    `\\b(?:pretend|act as if|act like|roleplay|role-play|role play|imagine) (?:you|to be|that you|as)\\b`,
  ],
  [
    'en-openai-policy',
    'jailbreak',
    ['polic'],
    `\\b(?:openai|anthropic|google)(?:'s)? (?:content |usage )?polic(?:y|ies)\\b`,
  ],
  [
    'en-never-refuse',
    'jailbreak',
    ['refuse', 'decline', 'say no'],
    `\\b(?:never|not|don't|do not|cannot|can't) (?:refuse|decline|say no)\\b`,
  ],
  // --- English: system prompt extraction
  [
    'en-reveal-prompt',
    'system_prompt_extraction',
    ['prompt', 'instructions', 'message', 'rules', 'directives', 'guidelines', 'configuration'],
    `\\b(?:reveal|show|print|repeat|output|display|tell|give|write|leak|disclose|dump|spell|recite|share|list|encode|translate|what (?:is|are|was|were))\\b${GAP} (?:system|initial|original|hidden|secret|internal|first|previous|pre|developer|confidential)[ -]?(?:prompt|instructions|message|rules|directives|guidelines|configuration)\\b`,
  ],
  ['en-system-prompt', 'system_prompt_extraction', ['system'], `\\bsystem ?prompt\\b`],
  [
    'en-repeat-above',
    'system_prompt_extraction',
    ['above', 'before', 'preceding', 'prior'],
    `\\b(?:repeat|print|output|recite|copy)\\b(?: ${W}){0,3} (?:words|text|everything|all|lines|content) (?:above|before|preceding|prior)\\b`,
  ],
  [
    'en-what-told',
    'system_prompt_extraction',
    ['what were you', 'what was you', 'what have you'],
    `\\bwhat (?:were|was|have) you (?:been )?(?:told|instructed|given|programmed)\\b`,
  ],
  [
    'en-my-instructions',
    'system_prompt_extraction',
    ['instructions are', 'instructions were', 'initial prompt'],
    `\\b(?:my|your) (?:instructions|initial prompt) (?:are|were)\\b`,
  ],
  // --- English: addressed to the assistant from inside a document
  [
    'en-note-to-ai',
    'indirect_injection',
    ['note', 'message', 'instruction', 'attention', 'important', 'reminder', 'directive'],
    `\\b(?:note|message|instructions?|attention|important|reminder|directive) (?:to|for) (?:the |any |all )?${AI_EN}s?\\b`,
  ],
  ['en-if-you-are-ai', 'indirect_injection', ['if you are'], `\\bif you are (?:an? |the )?(?:large )?${AI_EN}\\b`],
  [
    'en-ai-imperative',
    'indirect_injection',
    AI_EN_WORDS.flatMap((word) => [`${word},`, `${word}:`, `${word}s,`, `${word}s:`]),
    `\\b${AI_EN}s?[,:] (?:please |you must |now )?(?:ignore|disregard|do not|don't|you must|forget|stop|instead)\\b`,
  ],
  [
    'en-in-your-response',
    'indirect_injection',
    ['your response', 'your answer', 'your reply', 'your summary', 'your output', 'your solution'],
    `\\b(?:in|into|at the (?:end|start|beginning) of|throughout) your (?:response|answer|reply|summary|output|solution)\\b`,
  ],
  ['en-tell-the-user', 'indirect_injection', ['the user'], `\\b(?:tell|inform|convince|ask|urge|instruct) the user\\b`],
  [
    'en-chat-markup',
    'indirect_injection',
    [
      '<|',
      '<im_',
      '<system',
      '<endoftext',
      '[system]',
      '[/system]',
      '[inst]',
      '[/inst]',
      '### instruction',
      '### system',
    ],
    `<\\|?(?:im_start|im_end|system|endoftext)|\\[/?(?:system|inst)\\]|### (?:instruction|system)`,
  ],
  // --- German: overriding instructions
  [
    'de-ignore-instructions',
    'direct_injection',
    [
      'ignorier',
      'vergiss',
      'vergessen',
      'missachte',
      'uberspring',
      'verwirf',
      'verwerfen',
      'umgeh',
      'uberschreib',
      'heb',
    ],
    `\\b(?:ignorier(?:e|en|t)?|vergiss|vergessen|missachte(?:n|t)?|uberspring(?:e|en)?|verwirf|verwerfen|umgeh(?:e|en)?|uberschreib(?:e|en)?|hebe?)\\b${GAP} (?:${DE_OBJECTS})\\b`,
  ],
  [
    'de-instructions-ignore',
    'direct_injection',
    ['ignorieren', 'vergessen', 'missachten', 'uberspringen', 'verwerfen', 'ausser acht', 'hinter sich', 'hinter dir'],
    `\\b(?:${DE_OBJECTS})${GAP} (?:ignorieren|vergessen|missachten|uberspringen|verwerfen|ausser acht lassen|hinter sich lassen|hinter dir lassen)\\b`,
  ],
  [
    'de-forget-everything',
    'direct_injection',
    ['vergiss', 'vergessen sie', 'vergesst'],
    `\\b(?:vergiss|vergessen sie|vergesst) (?:einfach )?(?:alles|das alles|all das)\\b`,
  ],
  [
    'de-new-instructions',
    'direct_injection',
    ['neue '],
    `\\bneue (?:anweisung|aufgabe|instruktion|regel|vorgabe)(?:en|n)?\\b ?[:!-]`,
  ],
  [
    'de-from-now-on',
    'direct_injection',
    ['ab jetzt', 'ab sofort', 'ab nun', 'ab heute'],
    `\\bab (?:jetzt|sofort|nun|heute)(?: an)?,? (?:bist|wirst|antwortest|sollst|musst|gilt|darfst|sprichst|handelst|agierst)\\b`,
  ],
  [
    'de-start-over',
    'direct_injection',
    ['fang'],
    `\\b(?:fang|fange|fangen) (?:sie |wir )?(?:von vorne|neu|nochmal von vorn) an\\b`,
  ],
  [
    'de-you-are-now',
    'jailbreak',
    ['du bist'],
    `\\bdu bist (?:jetzt|nun|ab sofort|ab jetzt|ab heute|nicht mehr|kein(?:e)? (?:ki|assistent|sprachmodell))\\b`,
  ],
  // --- German: jailbreaks
  [
    'de-dev-mode',
    'jailbreak',
    ['entwickler', 'gott', 'jailbr', 'dan-modus'],
    `\\b(?:entwickler ?-?modus|gott ?-?modus|jailbr(?:eak|oken)|dan-modus)\\b`,
  ],
  [
    'de-no-restrictions',
    'jailbreak',
    [
      'einschrankung',
      'beschrankung',
      'filter',
      'zensur',
      'regeln',
      'grenzen',
      'richtlinien',
      'moral',
      'ethik',
      'ethisch',
    ],
    `\\b(?:ohne|keine|frei von|keinerlei|ignorier(?:e|st)?)(?: jegliche| alle| irgendwelche| die)? (?:einschrankungen|beschrankungen|filter|zensur|regeln|grenzen|richtlinien|moral|ethik|ethischen|moralischen|sicherheitsrichtlinien|inhaltsrichtlinien)\\b`,
  ],
  [
    'de-unfiltered',
    'jailbreak',
    ['ungefiltert', 'unzensiert', 'amoralisch', 'uneingeschrankt'],
    `\\b(?:ungefiltert(?:e|en|er)?|unzensiert(?:e|en|er)?|amoralisch(?:e|en|er)?|uneingeschrankt(?:e|en|er)?)\\b`,
  ],
  [
    'de-pretend',
    'jailbreak',
    ['so als', 'so, als', 'dir vor', 'die rolle'],
    `\\b(?:tu|tue|tun sie) so,? als\\b|\\bstell(?:e)? dir vor,? (?:du bist|du warst|dass du)\\b|\\bspiel(?:e)? die rolle\\b`,
  ],
  [
    'de-stay-in-role',
    'jailbreak',
    ['rolle'],
    `\\b(?:bleib|bleibe|bleiben sie) (?:immer |stets )?in (?:der|deiner|ihrer) rolle\\b|\\b(?:fall|falle) nicht aus der rolle\\b`,
  ],
  [
    'de-never-refuse',
    'jailbreak',
    ['niemals', 'nie'],
    `\\b(?:lehne|lehnst|verweigere|verweigerst) (?:niemals|nie)\\b|\\bniemals (?:ablehnen|verweigern)\\b`,
  ],
  // --- German: system prompt extraction
  [
    'de-reveal-prompt',
    'system_prompt_extraction',
    [
      'system',
      'anweisung',
      'instruktion',
      'regeln',
      'befehl',
      'vorgaben',
      'richtlinien',
      'anordnung',
      'aufgabe',
      'vorschrift',
      'ausfuhrung',
      'information',
      'eingabe',
      'prompt',
      'beschrankung',
      'einschrankung',
      'hinweis',
    ],
    `\\b(?:zeig|zeige|gib|nenne|verrate|wiederhole|drucke|schreib|schreibe|offenbare|teile|liste|kopiere|ubersetze|kodiere|gebt|zeigen sie|geben sie|nennen sie)\\b${GAP} (?:system ?-?prompts?|systemanweisung(?:en)?|systemnachricht|ursprunglichen (?:${DE_OBJECTS})|anfangsanweisungen|initialen (?:${DE_OBJECTS})|versteckten (?:${DE_OBJECTS})|geheimen (?:${DE_OBJECTS})|internen (?:${DE_OBJECTS})|ersten (?:${DE_OBJECTS}))\\b`,
  ],
  ['de-system-prompt', 'system_prompt_extraction', ['system'], `\\bsystem ?-?prompts?\\b|\\bsystemanweisung(?:en)?\\b`],
  [
    'de-what-told',
    'system_prompt_extraction',
    ['gesagt', 'aufgetragen', 'vorgegeben', 'mitgeteilt'],
    `\\bwas (?:wurde|hat man|hat dir|wurde dir) (?:dir )?(?:${W} ){0,3}(?:gesagt|aufgetragen|vorgegeben|mitgeteilt)\\b`,
  ],
  [
    'de-repeat-above',
    'system_prompt_extraction',
    ['oberhalb', 'uber dieser', 'davor', 'vor dieser'],
    `\\b(?:wiederhole|gib|drucke|schreibe|kopiere)\\b(?: ${W}){0,3} (?:text|worte|alles|zeilen|inhalt) (?:oberhalb|uber dieser|davor|vor dieser)\\b`,
  ],
  [
    'de-your-instructions',
    'system_prompt_extraction',
    ['deine ', 'ihre '],
    `\\b(?:deine|ihre) (?:ursprunglichen|anfanglichen|versteckten|geheimen|internen|ersten|initialen) (?:${DE_OBJECTS})\\b`,
  ],
  // --- German: addressed to the assistant from inside a document
  [
    'de-note-to-ai',
    'indirect_injection',
    ['hinweis', 'nachricht', 'anweisung', 'wichtig', 'achtung', 'information', 'mitteilung', 'auftrag'],
    `\\b(?:hinweis|nachricht|anweisung|wichtig|achtung|information|mitteilung|auftrag) (?:an|fur) (?:den |die |das |alle |jede[n]? )?${AI_DE}\\b`,
  ],
  [
    'de-if-you-are-ai',
    'indirect_injection',
    ['wenn du', 'falls du'],
    `\\b(?:wenn|falls) du (?:eine |ein |der |die )?${AI_DE} bist\\b`,
  ],
  [
    'de-dear-ai',
    'indirect_injection',
    ['liebe', 'lieber', 'hallo', 'hey', 'an die', 'an den'],
    `\\b(?:liebe|lieber|hallo|hey|an die|an den) ${AI_DE}[,:!]`,
  ],
  [
    'de-in-your-response',
    'indirect_injection',
    ['deiner', 'ihrer'],
    `\\b(?:in|am ende|am anfang|zu beginn) (?:deiner|ihrer) (?:antwort|zusammenfassung|ausgabe|losung)\\b`,
  ],
  [
    'de-tell-the-user',
    'indirect_injection',
    ['nutzer', 'benutzer', 'anwender'],
    `\\b(?:sage|sag|teile|erzahle|empfiehl|rate|fordere) (?:dem|den) (?:nutzer|benutzer|anwender)(?:in|n)?\\b`,
  ],
];

/**
 * The shipped patterns (global, for matchAll on folded text).
 *
 * @example INJECTION_PATTERNS.find((pattern) => pattern.id === 'de-ignore-instructions')
 */
export const INJECTION_PATTERNS: readonly InjectionPattern[] = SOURCES.map(([id, kind, anchors, source]) => ({
  id,
  kind,
  anchors,
  pattern: new RegExp(source, 'g'),
}));
