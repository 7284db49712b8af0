export {
  ApiError,
  type ApiErrorOptions,
  CLIENT_ERROR_CODES,
  type ClientErrorCode,
  isApiError,
  isClientErrorCode,
} from './api-error';
export * from './audit-calls';
export {
  getSignInMethods,
  signIn,
  signInMethodsQueryOptions,
  signOut,
  signUp,
  startSocialSignIn,
} from './auth-calls';
export * from './billing-calls';
export * from './billing-schemas';
export {
  chatAppsQueryOptions,
  conversationsQueryOptions,
  createChatApp,
  deleteConversation,
  messagesQueryOptions,
  stopChat,
} from './chat-calls';
export * from './chat-schemas';
export { createQueryClient } from './create-query-client';
export { errorOf, type FetchJsonOptions, fetchJson, fetchOk, type ResponseSchema } from './fetch-json';
export { getHealth } from './get-health';
export { getModels, modelsQueryOptions } from './get-models';
export { healthQueryOptions } from './health-query';
export * from './identity-schemas';
export * from './keys-calls';
export { can, getMe, ME_QUERY_KEY, meQueryOptions } from './me-query';
export * from './organization-calls';
export { readSse } from './read-sse';
export { AnyBody, sendJson, sendNoContent } from './send-json';
export { streamChat } from './stream-chat';
