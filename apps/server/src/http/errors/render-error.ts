import type { AppError, ConsoleErrorBody, DifyErrorBody, OpenAIErrorBody } from '@sigmacode/core';
import { ERROR_CODES } from '@sigmacode/core';
import type { ApiFlavor } from './api-flavor.js';

/**
 * The body of an error in the shape of the API being spoken:
 * console `{ error: { code, message, requestId, details? } }`, OpenAI `{ error: { message, type, code, param } }`,
 * Dify `{ code, message, status }`.
 */
export function errorBodyOf({
  error,
  flavor,
  requestId,
}: {
  error: AppError;
  flavor: ApiFlavor;
  requestId: string;
}): ConsoleErrorBody | OpenAIErrorBody | DifyErrorBody {
  const entry = ERROR_CODES[error.code];
  switch (flavor) {
    case 'openai':
      return {
        error: {
          message: error.message,
          type: entry.openaiType,
          code: error.code.toLowerCase(),
          param: paramOf(error),
        },
      };
    case 'dify':
      return { code: error.difyCode ?? entry.difyCode, message: error.message, status: error.status };
    case 'console':
      return {
        error: {
          code: error.code,
          message: error.message,
          requestId,
          ...(error.details ? { details: error.details } : {}),
        },
      };
  }
}

/** OpenAI names the offending parameter; validation details carry it as the first issue's path. */
function paramOf(error: AppError): string | null {
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return null;
  const first: unknown = issues[0];
  if (first && typeof first === 'object' && 'path' in first && typeof first.path === 'string' && first.path) {
    return first.path;
  }
  return null;
}
