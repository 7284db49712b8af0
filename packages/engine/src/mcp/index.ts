export type { ConnectMcpServerOptions, McpConnection, McpToolInfo } from './connect-mcp-server.js';
export { connectMcpServer } from './connect-mcp-server.js';
export { mcpResultToText } from './mcp-result-to-text.js';
export type { McpTransportConfig } from './mcp-transport.js';
export { McpTransportSchema } from './mcp-transport.js';
