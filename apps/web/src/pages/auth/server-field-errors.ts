import { isApiError } from '../../api';

/**
 * The per-field messages of a VALIDATION_FAILED answer (`details.issues: [{ path, message }]`), keyed by the
 * first segment of each path, so the form can show them under the right field.
 *
 * @example
 * serverFieldErrors(error).password // 'This password is too common: …'
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return {};
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return {};
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue || typeof issue !== 'object') continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const field = Array.isArray(path) ? path[0] : typeof path === 'string' ? path.split('.')[0] : undefined;
    if (typeof field === 'string' && typeof message === 'string' && !(field in fields)) fields[field] = message;
  }
  return fields;
}
