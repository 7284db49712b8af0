import { describe, expect, it } from 'vitest';
import { describeTime } from './describe-time.js';

describe('describeTime', () => {
  const summer = new Date('2025-07-01T12:00:00.250Z');
  const winter = new Date('2025-01-15T23:30:00Z');

  it('gives wall-clock time with the zone offset, following daylight saving time', () => {
    expect(describeTime({ now: summer, timeZone: 'Europe/Berlin' })).toEqual({
      timeZone: 'Europe/Berlin',
      utc: '2025-07-01T12:00:00.250Z',
      local: '2025-07-01T14:00:00+02:00',
      utcOffset: '+02:00',
      weekday: 'Tuesday',
    });
    expect(describeTime({ now: winter, timeZone: 'Europe/Berlin' }).local).toBe('2025-01-16T00:30:00+01:00');
  });

  it('handles negative and fractional offsets', () => {
    expect(describeTime({ now: winter, timeZone: 'America/New_York' }).local).toBe('2025-01-15T18:30:00-05:00');
    expect(describeTime({ now: winter, timeZone: 'Asia/Kolkata' }).utcOffset).toBe('+05:30');
    expect(describeTime({ now: winter, timeZone: 'UTC' }).utcOffset).toBe('+00:00');
  });

  it('refuses unknown zones', () => {
    expect(() => describeTime({ now: winter, timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
