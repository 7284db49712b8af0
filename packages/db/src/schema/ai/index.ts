export { APP_MODES, type AppMode, type AppRow, type AppVersionRow, apps, appVersions } from './apps.js';
export {
  type ConversationRow,
  conversations,
  MESSAGE_STATUSES,
  type MessageRow,
  type MessageStatus,
  messages,
} from './conversations.js';
export { type ProviderCredentialRow, providerCredentials } from './provider-credentials.js';
export { type McpServerRow, mcpServers, type ToolCallRow, toolCalls } from './tools.js';
export { type UploadedFileRow, uploadedFiles } from './uploaded-files.js';
