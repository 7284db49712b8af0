import { AppError } from '@sigmacode/core';

/** A moment as seen in one time zone. */
export interface ZonedTime {
  timeZone: string;
  /** The moment in UTC, ISO 8601. */
  utc: string;
  /** Wall-clock time in the zone, ISO 8601 with its offset: `2025-03-30T03:30:00+02:00`. */
  local: string;
  /** The zone's offset from UTC at that moment: `+02:00`. */
  utcOffset: string;
  weekday: string;
}

/**
 * Describes `now` in an IANA time zone (`Europe/Berlin`, `America/New_York`, `UTC`). An unknown zone is
 * VALIDATION_FAILED.
 *
 * @example
 * describeTime({ now: new Date('2025-07-01T12:00:00Z'), timeZone: 'Europe/Berlin' }).local
 * // '2025-07-01T14:00:00+02:00'
 */
export function describeTime({ now, timeZone }: { now: Date; timeZone: string }): ZonedTime {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'long',
    });
  } catch {
    throw new AppError('VALIDATION_FAILED', {
      message: `Unknown time zone "${timeZone.slice(0, 100)}". Use an IANA name such as Europe/Berlin.`,
      details: { timeZone: timeZone.slice(0, 100) },
    });
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  const field = (name: string): number => Number(parts[name]);
  const wholeSeconds = Math.floor(now.getTime() / 1000) * 1000;
  const wallAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  const offsetMinutes = Math.round((wallAsUtc - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const utcOffset = `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${utcOffset}`;
  return {
    timeZone: format.resolvedOptions().timeZone,
    utc: now.toISOString(),
    local,
    utcOffset,
    weekday: parts.weekday ?? '',
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
