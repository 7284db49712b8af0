export {
  ApiError,
  type ApiErrorOptions,
  CLIENT_ERROR_CODES,
  type ClientErrorCode,
  isApiError,
  isClientErrorCode,
} from './api-error';
export { createQueryClient } from './create-query-client';
export { type FetchJsonOptions, fetchJson, type ResponseSchema } from './fetch-json';
export { getHealth } from './get-health';
export { getModels, modelsQueryOptions } from './get-models';
export { healthQueryOptions } from './health-query';
