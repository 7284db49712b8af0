// Second-level suffixes under which registrations happen one level deeper (example.co.uk). Not the full Public Suffix
// List — enough to find the label a look-alike check should compare for the domains people commonly meet.
const MULTI_PART_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'co.za',
  'co.jp',
  'or.jp',
  'ne.jp',
  'ac.jp',
  'co.kr',
  'or.kr',
  'com.br',
  'net.br',
  'org.br',
  'com.cn',
  'net.cn',
  'org.cn',
  'com.hk',
  'com.tw',
  'com.sg',
  'com.my',
  'co.in',
  'net.in',
  'org.in',
  'co.id',
  'com.mx',
  'com.ar',
  'com.co',
  'com.tr',
  'com.ua',
  'co.il',
  'com.pl',
  'com.ru',
  'co.at',
  'or.at',
  'com.es',
  'com.pt',
  'co.th',
  'com.vn',
  'com.ph',
  'com.pk',
  'com.eg',
  'com.sa',
  'com.ng',
  'co.ke',
]);

/**
 * The registrable part of a host (`login.paypal.co.uk` → `{ domain: 'paypal.co.uk', label: 'paypal' }`) and the labels
 * left of it. Hosts are expected lowercase; IP literals should not be passed.
 *
 * @example registrableDomain('a.b.example.com') // { domain: 'example.com', label: 'example', subdomains: ['a', 'b'] }
 */
export function registrableDomain(host: string): { domain: string; label: string; subdomains: string[] } {
  const labels = host.replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  const size = labels.length >= 3 && MULTI_PART_SUFFIXES.has(lastTwo) ? 3 : Math.min(2, labels.length);
  const domainLabels = labels.slice(-size);
  return { domain: domainLabels.join('.'), label: domainLabels[0] ?? '', subdomains: labels.slice(0, -size) };
}
