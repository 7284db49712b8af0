import type { Translate } from '../../../i18n';
import { isKnownDetector } from './detectors';

/**
 * A detector's display name: translated for the ones the dashboard knows, the id for any other.
 *
 * @example
 * detectorName({ id: 'pii', t }) // 'Personal data'
 */
export function detectorName({ id, t }: { id: string; t: Translate }): string {
  return isKnownDetector(id) ? t(`firewall.detector.${id}.name`) : id;
}
