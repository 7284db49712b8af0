import { isApiError, isClientErrorCode } from '../../api/api-error';
import type { MessageKey, Translate } from '../../i18n';

/** Server codes with a translated "what to do next" line; others fall back to a generic one. */
const HINTED_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INSUFFICIENT_TOKENS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'CONTENT_BLOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'NOT_CONFIGURED',
  'UNAVAILABLE',
  'UPSTREAM_FAILED',
  'UPSTREAM_TIMEOUT',
  'NETWORK_ERROR',
  'INVALID_RESPONSE',
  'HTTP_ERROR',
] as const;
type HintedCode = (typeof HINTED_CODES)[number];

function isHinted(code: string): code is HintedCode {
  return (HINTED_CODES as readonly string[]).includes(code);
}

export interface DescribedError {
  /** What happened: the server's own message, or a translated one for client-side failures. */
  message: string;
  /** What to do about it. */
  hint: string;
  code: string | undefined;
  requestId: string | undefined;
}

/**
 * Turns anything thrown by an API call into what the user reads: what happened, and what to do.
 *
 * @example
 * const { message, hint } = describeError({ error, t });
 */
export function describeError({ error, t }: { error: unknown; t: Translate }): DescribedError {
  if (!isApiError(error)) {
    return {
      message: error instanceof Error ? error.message : String(error),
      hint: t('error.hint.generic'),
      code: undefined,
      requestId: undefined,
    };
  }
  const message = isClientErrorCode(error.code) ? t(`error.${error.code}`, { status: error.status }) : error.message;
  const hintKey: MessageKey = isHinted(error.code) ? `error.hint.${error.code}` : 'error.hint.generic';
  return { message, hint: t(hintKey), code: error.code, requestId: error.requestId };
}
