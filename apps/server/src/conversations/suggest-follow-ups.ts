import { AppError } from '@sigmacode/core';
import { resolveChatTarget } from '../ai/resolve-chat-target.js';
import type { LoadedApp } from '../apps/find-app.js';
import type { Principal } from '../identity/access/principal.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { runChat } from '../pipeline/run-chat.js';
import { type ConversationOwner, findOwnMessage } from './conversation-store.js';

const INSTRUCTION =
  'Suggest exactly three short follow-up questions the user might ask next about this exchange, in the language ' +
  'of the user. Answer with the three questions only, one per line, without numbering.';

/**
 * Up to three follow-up questions for an answered message, from the app's own model on the one pipeline (charged
 * as a chat message, checked by the firewall both ways). The app must have `suggestFollowUps` on.
 *
 * @example const questions = await suggestFollowUps({ deps, principal, app, owner, messageId, requestId, signal })
 */
export async function suggestFollowUps({
  deps,
  principal,
  app,
  owner,
  messageId,
  requestId,
  signal,
  api = 'console',
}: {
  deps: PipelineDeps;
  principal: Principal;
  app: LoadedApp;
  owner: ConversationOwner;
  messageId: string;
  requestId: string;
  signal: AbortSignal;
  /** The API the call is recorded under (metrics, threat events); the console's by default. */
  api?: string;
}): Promise<string[]> {
  if (!app.config.suggestFollowUps) {
    throw new AppError('BAD_REQUEST', { message: 'Suggested Questions Is Disabled.' });
  }
  const message = await findOwnMessage({ db: deps.db, owner, messageId });
  if (message.status !== 'normal' || !message.answer) return [];
  const target = await resolveChatTarget({ deps, principal, model: `app:${app.row.id}` });
  try {
    const call = await runChat(deps, {
      principal,
      api,
      requestId,
      appId: app.row.id,
      policy: target.policy,
      modelIds: target.modelIds,
      system: INSTRUCTION,
      messages: [
        { role: 'user', content: message.query },
        { role: 'assistant', content: message.answer },
        { role: 'user', content: 'Which three questions could I ask next?' },
      ],
      maxSteps: 1,
      maxOutputTokens: 200,
      action: 'chat_message',
      signal,
    });
    let text = '';
    for await (const part of call.parts) {
      if (part.type === 'text-delta') text += part.text;
      else if (part.type === 'error') throw part.error;
    }
    return text
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
      .filter((line) => line.length > 0)
      .slice(0, 3);
  } finally {
    await target.release();
  }
}
