import { useId } from 'react';
import { DETECTOR_ACTIONS, type DetectorAction, type DetectorConfig, DIRECTIONS } from '../../../api/firewall-schemas';
import { Badge, Select, Switch } from '../../../components/ui';
import { useT } from '../../../i18n';
import { detectorName } from './detector-label';
import { isKnownDetector } from './detectors';
import type { PolicyEdit } from './edit-policy';

/**
 * One detector's settings: on/off, its action, its per-direction actions and its threshold when the policy has one.
 *
 * @example
 * <DetectorRow id="pii" config={policy.detectors.pii} onEdit={apply} disabled={!canManage} />
 */
export function DetectorRow({
  id,
  config,
  onEdit,
  disabled,
}: {
  id: string;
  config: DetectorConfig;
  onEdit: (edit: PolicyEdit) => void;
  disabled: boolean;
}) {
  const t = useT();
  const domId = useId();
  const name = detectorName({ id, t });
  const enabled = config.enabled !== false;
  const action = config.action ?? 'allow';
  const overrides = Object.keys(config.directionActions ?? {}).length;
  const actionLabel = (value: DetectorAction) => t(`firewall.action.${value}`);

  return (
    <li className="py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        <div className="flex min-w-0 flex-1 basis-64 items-start gap-3">
          <Switch
            id={`${domId}-enabled`}
            label={t('firewall.detector.enabled', { name })}
            checked={enabled}
            onCheckedChange={(checked) => onEdit({ kind: 'detector', detector: id, patch: { enabled: checked } })}
            disabled={disabled}
          />
          <div className="min-w-0">
            <p className="font-medium text-sm">
              {name}
              {!enabled ? (
                <Badge className="ml-2" tone="neutral">
                  {t('firewall.detector.off')}
                </Badge>
              ) : null}
            </p>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {isKnownDetector(id) ? t(`firewall.detector.${id}.body`) : <span className="font-mono">{id}</span>}
            </p>
          </div>
        </div>
        <div className="flex w-full items-center gap-2 sm:w-auto">
          <label htmlFor={`${domId}-action`} className="text-xs text-zinc-500 dark:text-zinc-400">
            {t('firewall.detector.action')}
          </label>
          <Select
            id={`${domId}-action`}
            value={action}
            disabled={disabled || !enabled}
            onChange={(event) =>
              onEdit({ kind: 'detector', detector: id, patch: { action: event.target.value as DetectorAction } })
            }
            className="w-full py-1.5 sm:w-48"
          >
            {DETECTOR_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {actionLabel(value)}
              </option>
            ))}
          </Select>
        </div>
      </div>

      {enabled ? (
        <div className="mt-3 space-y-3 pl-14">
          {config.threshold !== undefined ? (
            <div className="flex flex-wrap items-center gap-3">
              <label htmlFor={`${domId}-threshold`} className="text-xs text-zinc-500 dark:text-zinc-400">
                {t('firewall.detector.threshold')}
              </label>
              <input
                id={`${domId}-threshold`}
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={config.threshold}
                disabled={disabled}
                aria-describedby={`${domId}-threshold-hint`}
                onChange={(event) =>
                  onEdit({ kind: 'detector', detector: id, patch: { threshold: Number(event.target.value) } })
                }
                className="w-40 accent-brand-600"
              />
              <output htmlFor={`${domId}-threshold`} className="w-10 font-mono text-sm tabular-nums">
                {config.threshold.toFixed(2)}
              </output>
              <p id={`${domId}-threshold-hint`} className="w-full text-xs text-zinc-500 dark:text-zinc-400">
                {t('firewall.detector.thresholdHint', { value: config.threshold.toFixed(2) })}
              </p>
            </div>
          ) : null}
          <details className="group text-sm">
            <summary className="cursor-pointer select-none text-xs text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
              {t('firewall.detector.perDirection')}
              {overrides > 0 ? ` · ${t('firewall.detector.overrides', { count: overrides })}` : ''}
            </summary>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {DIRECTIONS.map((direction) => (
                <div key={direction} className="space-y-1">
                  <label htmlFor={`${domId}-${direction}`} className="block text-xs text-zinc-500 dark:text-zinc-400">
                    {t(`firewall.direction.${direction}`)}
                  </label>
                  <Select
                    id={`${domId}-${direction}`}
                    value={config.directionActions?.[direction] ?? ''}
                    disabled={disabled}
                    onChange={(event) =>
                      onEdit({
                        kind: 'direction-action',
                        detector: id,
                        direction,
                        action: event.target.value === '' ? undefined : (event.target.value as DetectorAction),
                      })
                    }
                    className="py-1.5"
                  >
                    <option value="">
                      {t('firewall.detector.sameAsAction')} ({actionLabel(action)})
                    </option>
                    {DETECTOR_ACTIONS.map((value) => (
                      <option key={value} value={value}>
                        {actionLabel(value)}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
            </div>
          </details>
        </div>
      ) : null}
    </li>
  );
}
