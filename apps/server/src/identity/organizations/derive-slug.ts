/** Room for `-` and a six-character suffix within the 48 characters a slug may have. */
const MAX_BASE_LENGTH = 40;

/**
 * A URL-friendly slug from an organization name: lower-case ASCII letters, digits and single dashes. Accents are
 * dropped rather than the letters (`Müller GmbH` → `muller-gmbh`); the `personal-` prefix stays reserved for
 * personal organizations.
 *
 * @example
 * deriveSlug('Acme Research, Inc.') // 'acme-research-inc'
 */
export function deriveSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  if (slug.length < 2) return 'org';
  if (slug === 'personal' || slug.startsWith('personal-'))
    return `org-${slug}`.slice(0, MAX_BASE_LENGTH).replace(/-+$/, '');
  return slug;
}
