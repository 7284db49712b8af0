export { type NewSystemSetting, type SystemSetting, systemSettings } from './system-settings.js';
