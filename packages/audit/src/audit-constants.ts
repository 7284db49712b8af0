/** The `prev_hash` of the first entry of every chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain of entries that belong to no organization (e.g. a failed sign-in for an unknown e-mail address). */
export const PLATFORM_CHAIN = 'platform';

/** Version of the canonical entry encoding; part of every hashed entry, so a future encoding cannot be confused. */
export const ENTRY_ENCODING_VERSION = 1;

/** The chain an entry belongs to: its organization, or the platform chain. */
export function chainOf(organizationId: string | null): string {
  return organizationId ?? PLATFORM_CHAIN;
}
