import { domainToUnicode } from 'node:url';
import { foldCharacter } from '../../normalize/confusables.js';
import { registrableDomain } from './registrable-domain.js';

/**
 * Brands whose names phishing domains imitate, each with the registrable labels it really uses (`google` covers
 * google.de and google.co.uk) and other domains of its own. Our own list; extend with care: short or generic names
 * produce false alarms.
 */
const BRANDS: readonly { name: string; labels: readonly string[]; domains?: readonly string[] }[] = [
  { name: 'paypal', labels: ['paypal', 'paypalobjects'] },
  { name: 'google', labels: ['google', 'googleapis', 'googleusercontent', 'googlemail', 'googlevideo'] },
  { name: 'gmail', labels: ['gmail'] },
  { name: 'youtube', labels: ['youtube', 'youtu'] },
  { name: 'microsoft', labels: ['microsoft', 'microsoftonline', 'msft'] },
  { name: 'outlook', labels: ['outlook'] },
  { name: 'office', labels: ['office', 'office365'] },
  { name: 'live', labels: ['live'] },
  { name: 'apple', labels: ['apple'] },
  { name: 'icloud', labels: ['icloud'] },
  { name: 'amazon', labels: ['amazon', 'amazonaws', 'amazontrust'] },
  { name: 'facebook', labels: ['facebook', 'fb', 'fbcdn'] },
  { name: 'instagram', labels: ['instagram'] },
  { name: 'whatsapp', labels: ['whatsapp'] },
  { name: 'netflix', labels: ['netflix'] },
  { name: 'linkedin', labels: ['linkedin'] },
  { name: 'twitter', labels: ['twitter', 'twimg'] },
  { name: 'github', labels: ['github', 'githubusercontent', 'githubassets'] },
  { name: 'gitlab', labels: ['gitlab'] },
  { name: 'dropbox', labels: ['dropbox', 'dropboxusercontent'] },
  { name: 'adobe', labels: ['adobe'] },
  { name: 'docusign', labels: ['docusign'] },
  { name: 'ebay', labels: ['ebay'] },
  { name: 'steam', labels: ['steampowered', 'steamcommunity', 'steamstatic'] },
  { name: 'steampowered', labels: ['steampowered'] },
  { name: 'steamcommunity', labels: ['steamcommunity'] },
  { name: 'binance', labels: ['binance'] },
  { name: 'coinbase', labels: ['coinbase'] },
  { name: 'metamask', labels: ['metamask'] },
  { name: 'openai', labels: ['openai', 'chatgpt', 'oaistatic', 'oaiusercontent'] },
  { name: 'chatgpt', labels: ['chatgpt'] },
  { name: 'anthropic', labels: ['anthropic', 'claude'] },
  { name: 'sparkasse', labels: ['sparkasse'] },
  { name: 'deutsche-bank', labels: ['deutsche-bank', 'db'] },
  { name: 'deutschebank', labels: ['deutsche-bank', 'db'] },
  { name: 'commerzbank', labels: ['commerzbank'] },
  { name: 'postbank', labels: ['postbank'] },
  { name: 'volksbank', labels: ['volksbank', 'vr'] },
  { name: 'comdirect', labels: ['comdirect'] },
  { name: 'consorsbank', labels: ['consorsbank'] },
  { name: 'dkb', labels: ['dkb'] },
  { name: 'n26', labels: ['n26'] },
  { name: 'ing', labels: ['ing'] },
  { name: 'dhl', labels: ['dhl'] },
  { name: 'deutschepost', labels: ['deutschepost'] },
  { name: 'telekom', labels: ['telekom', 't-online'] },
  { name: 'vodafone', labels: ['vodafone'] },
  { name: 'elster', labels: ['elster'] },
  { name: 'chase', labels: ['chase'] },
  { name: 'wellsfargo', labels: ['wellsfargo'] },
  { name: 'bankofamerica', labels: ['bankofamerica'] },
  { name: 'americanexpress', labels: ['americanexpress', 'amex'] },
  { name: 'mastercard', labels: ['mastercard'] },
  { name: 'visa', labels: ['visa'] },
  { name: 'stripe', labels: ['stripe'] },
];

/** Tokens that, next to a brand name in a domain, suggest a credential-phishing page. */
const LURE_WORDS = new Set([
  'login',
  'signin',
  'logon',
  'secure',
  'security',
  'verify',
  'verification',
  'account',
  'accounts',
  'update',
  'support',
  'billing',
  'wallet',
  'auth',
  'password',
  'confirm',
  'unlock',
  'recovery',
  'service',
  'services',
  'help',
  'online',
  'banking',
  'customer',
  'id',
  'access',
  'alert',
  'official',
  'payment',
  'refund',
  'konto',
  'sicherheit',
  'anmelden',
  'bestaetigen',
  'kunden',
  'verifizierung',
]);

// Digits and letter pairs that stand in for letters in look-alike domains. i, l and 1 all read as one shape.
const SHAPES: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  i: 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '6': 'g',
  '9': 'g',
};

/** The shape of a label: homoglyphs and diacritics folded, look-alike digits and `rn`/`vv` replaced, hyphens dropped. */
function skeleton(label: string): string {
  let out = '';
  for (const char of label) {
    const folded = foldCharacter(char.codePointAt(0) ?? 0);
    for (const part of folded) out += SHAPES[part] ?? part;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('-', '').replaceAll('_', '');
}

/** Damerau–Levenshtein distance, stopping early above 1 (only "one edit away" matters here). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // insertion/deletion
}

const BRAND_SKELETONS = BRANDS.map((brand) => ({ ...brand, skeleton: skeleton(brand.name) }));
const OFFICIAL_LABELS = new Set(BRANDS.flatMap((brand) => brand.labels));

export interface Lookalike {
  brand: string;
  kind: 'homoglyph' | 'typosquat' | 'combosquat' | 'brand_in_subdomain';
}

/**
 * Whether a host imitates a well-known brand: same shape with other letters (`pаypal.com` with a Cyrillic а,
 * `xn--pypal-4ve.com`, `paypa1.com`), one edit away (`gooogle.com`, brand names of 6+ letters), the brand plus a lure
 * word (`paypal-login.com`), or the brand's domain placed in front of another (`paypal.com.verify.example`).
 * The brands' own domains never match.
 *
 * @example findLookalike('xn--pypal-4ve.com') // { brand: 'paypal', kind: 'homoglyph' }
 */
export function findLookalike(host: string): Lookalike | undefined {
  const unicodeHost = host.includes('xn--') ? domainToUnicode(host) || host : host;
  const { label, subdomains } = registrableDomain(unicodeHost);
  if (label === '' || OFFICIAL_LABELS.has(label)) return undefined;
  const shape = skeleton(label);
  const words = label.split(/[-_]/);
  const tokens = words.map(skeleton);
  const hasLure = words.some((word) =>
    LURE_WORDS.has([...word].map((char) => foldCharacter(char.codePointAt(0) ?? 0)).join('')),
  );
  for (const brand of BRAND_SKELETONS) {
    if (shape === brand.skeleton) return { brand: brand.name, kind: 'homoglyph' };
  }
  for (const brand of BRAND_SKELETONS) {
    if (brand.skeleton.length >= 6 && withinOneEdit(shape, brand.skeleton))
      return { brand: brand.name, kind: 'typosquat' };
    if (hasLure && tokens.includes(brand.skeleton)) {
      return { brand: brand.name, kind: 'combosquat' };
    }
    // paypal.com.evil.example: the brand's own domain used as a subdomain.
    for (let i = 0; i + 1 < subdomains.length; i++) {
      if (brand.labels.includes(subdomains[i] ?? '') && /^[a-z]{2,3}$/.test(subdomains[i + 1] ?? '')) {
        return { brand: brand.name, kind: 'brand_in_subdomain' };
      }
    }
  }
  return undefined;
}
