export const SETTINGS_TABS = ['profile', 'organization', 'keys', 'billing', 'audit'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
/** `?tab=keys`: the open tab can be linked to and survives a reload. */
export interface SettingsSearch {
  tab?: SettingsTab;
}
