export { type InvitationRow, invitations } from './invitations.js';
export { type MemberRow, members } from './members.js';
export { ORG_ROLES, type OrgRole } from './org-role.js';
export { type OrganizationRow, organizations } from './organizations.js';
