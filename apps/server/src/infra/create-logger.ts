import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * pino JSON logs; pretty-printed in development unless LOG_FORMAT says otherwise.
 * Authorization headers, cookies and secrets are redacted wherever they appear in a logged object.
 */
export function createLogger({ level, format }: { level: string; format: 'json' | 'pretty' }): Logger {
  return pino({
    level,
    base: { service: 'sigmacode' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        '*.password',
        '*.secret',
        '*.apiKey',
      ],
      censor: '[redacted]',
    },
    ...(format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } }
      : {}),
  });
}
