import { tool } from 'ai';
import { z } from 'zod';
import type { BuiltinTool } from '../builtin-tool.js';
import { describeTime } from './describe-time.js';

const CurrentTimeInputSchema = z.object({
  timeZone: z
    .string()
    .min(1)
    .max(100)
    .default('UTC')
    .describe('IANA time zone, e.g. "Europe/Berlin" or "America/New_York" (default UTC)'),
});

/**
 * `current_time`: the current date and time in an IANA time zone.
 *
 * @example
 * await tools.current_time.execute({ timeZone: 'Asia/Tokyo' }, options) // { local: '2025-…T…+09:00', … }
 */
export const currentTimeTool: BuiltinTool = {
  name: 'current_time',
  create: ({ now }) =>
    tool({
      description: 'Get the current date, time, weekday and UTC offset in an IANA time zone.',
      inputSchema: CurrentTimeInputSchema,
      execute: async ({ timeZone }) => describeTime({ now: now(), timeZone }),
    }),
};
