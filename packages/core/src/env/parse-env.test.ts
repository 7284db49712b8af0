import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, parseEnv } from './parse-env.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  API_SECRET: z.string().min(32).optional(),
});

describe('parseEnv', () => {
  it('applies defaults and treats empty strings as unset', () => {
    expect(parseEnv({ schema, source: { PORT: '' } })).toEqual({ PORT: 3000 });
  });

  it('names the variable and the value in one line', () => {
    expect(() => parseEnv({ schema, source: { PORT: 'abc' } })).toThrowError(EnvError);
    try {
      parseEnv({ schema, source: { PORT: '70000' } });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toMatch(/^Invalid environment variable PORT: .*\(got "70000"\)$/);
      expect(message).not.toContain('\n');
    }
  });

  it('never echoes the value of a secret', () => {
    try {
      parseEnv({ schema, source: { API_SECRET: 'short-but-secret' } });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).variable).toBe('API_SECRET');
      expect((error as EnvError).message).not.toContain('short-but-secret');
    }
  });
});
