export { callOpenAiWire, type OpenAiWireCall, type OpenAiWireTarget, WireCallError } from './call-openai-wire.js';
export { toWireMessages, type WireMessage } from './to-wire-messages.js';
