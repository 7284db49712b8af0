import { AppError } from '@sigmacode/core';

/**
 * A model id's provider part (a provider type, an organization's credential name, or `sigmacode`) and the rest;
 * VALIDATION_FAILED when it is not `<provider>/<model>`.
 *
 * @example splitModelId('my-azure/gpt-4o') // { prefix: 'my-azure', model: 'gpt-4o' }
 */
export function splitModelId(id: string): { prefix: string; model: string } {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) {
    throw new AppError('VALIDATION_FAILED', {
      message: `The model must be named <provider>/<model> (e.g. sigmacode/echo), not "${id.slice(0, 100)}".`,
      details: { issues: [{ path: 'model', message: 'must be <provider>/<model>' }] },
    });
  }
  return { prefix: id.slice(0, slash), model: id.slice(slash + 1) };
}
