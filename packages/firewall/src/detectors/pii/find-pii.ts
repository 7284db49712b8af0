import { findAddresses } from './find-addresses.js';
import { findBirthDates } from './find-birth-dates.js';
import { findEmails } from './find-emails.js';
import { findIbans } from './find-ibans.js';
import { findIpv6Addresses } from './find-ipv6-addresses.js';
import { findNumberEntities } from './find-number-entities.js';
import { findPersonNames } from './find-person-names.js';
import { PII_INFO, type PiiEntity, type PiiType } from './pii-entity.js';

/**
 * All PII entities of the wanted types in a text, overlaps resolved in favour of the more specific type (an e-mail
 * over the phone-like digits in it, a card number over a phone). Sorted by offset.
 *
 * @example findPii({ text: 'jane@example.org', types: new Set(['EMAIL']), privateIps: false })
 */
export function findPii({
  text,
  types,
  privateIps,
}: {
  text: string;
  types: ReadonlySet<PiiType>;
  privateIps: boolean;
}): PiiEntity[] {
  const candidates: PiiEntity[] = [];
  if (types.has('EMAIL') && text.includes('@')) candidates.push(...findEmails(text));
  if (types.has('IBAN')) candidates.push(...findIbans(text));
  if (/\d/.test(text)) {
    candidates.push(...findNumberEntities({ text, privateIps }));
    if (types.has('IP_ADDRESS')) candidates.push(...findIpv6Addresses({ text, privateIps }));
    if (types.has('DATE_OF_BIRTH')) candidates.push(...findBirthDates(text));
  }
  if (types.has('ADDRESS')) candidates.push(...findAddresses(text));
  if (types.has('PERSON')) candidates.push(...findPersonNames(text));
  const wanted = candidates.filter((entity) => types.has(entity.type));
  wanted.sort(
    (a, b) =>
      PII_INFO[b.type].priority - PII_INFO[a.type].priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  return withoutOverlaps({ entities: wanted, length: text.length }).sort((a, b) => a.start - b.start);
}

/** Keeps each entity that overlaps none kept before it; linear in the covered characters, also for many entities. */
function withoutOverlaps({ entities, length }: { entities: readonly PiiEntity[]; length: number }): PiiEntity[] {
  const kept: PiiEntity[] = [];
  const covered = new Uint8Array(length);
  for (const entity of entities) {
    let free = true;
    for (let at = entity.start; at < entity.end && free; at++) free = covered[at] === 0;
    if (!free) continue;
    covered.fill(1, entity.start, entity.end);
    kept.push(entity);
  }
  return kept;
}
