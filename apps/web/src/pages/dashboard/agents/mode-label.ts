import type { AppMode } from '../../../api/apps-schemas';
import type { BadgeTone } from '../../../components/ui';

/** Badge colours of the app modes. */
export const MODE_TONES: Record<AppMode, BadgeTone> = {
  chat: 'brand',
  'agent-chat': 'good',
  completion: 'neutral',
  workflow: 'warn',
};
