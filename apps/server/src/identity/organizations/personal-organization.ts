/**
 * The slug of a user's personal organization. Derived from the user id, so it is unique per user and a second
 * concurrent sign-up hook finds the first one's organization; it also tells whose personal organization it is.
 *
 * @example
 * personalOrganizationSlug('usr_3j9q0c8m2x7f1v5d4k6t') // 'personal-3j9q0c8m2x7f1v5d4k6t'
 */
export function personalOrganizationSlug(userId: string): string {
  return `personal-${userId.replace(/^usr_/, '')}`;
}

/**
 * Whether the organization is this user's own personal organization (others may have been invited into it; for
 * them it is an ordinary organization they may leave).
 *
 * @example
 * isPersonalOrganizationOf({ organization, userId: principal.userId })
 */
export function isPersonalOrganizationOf({
  organization,
  userId,
}: {
  organization: { personal: boolean; slug: string };
  userId: string;
}): boolean {
  return organization.personal && organization.slug === personalOrganizationSlug(userId);
}
