import type { BuiltinTool } from './builtin-tool.js';
import { calculatorTool } from './calculator/calculator-tool.js';
import { currentTimeTool } from './current-time/current-time-tool.js';
import { httpRequestTool } from './http-request/http-request-tool.js';
import { webPageTool } from './web-page/web-page-tool.js';

/**
 * The built-in tools, in the order they are offered. Adding one = one folder + one line here.
 *
 * @example
 * BUILTIN_TOOLS.map((tool) => tool.name) // ['http_request', 'web_page', 'current_time', 'calculator']
 */
export const BUILTIN_TOOLS: readonly BuiltinTool[] = [httpRequestTool, webPageTool, currentTimeTool, calculatorTool];

/** The names of the built-in tools. */
export const BUILTIN_TOOL_NAMES = BUILTIN_TOOLS.map((tool) => tool.name);
