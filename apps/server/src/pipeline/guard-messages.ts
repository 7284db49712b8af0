import type { Db } from '@sigmacode/db';
import type { Policy, PseudonymVault } from '@sigmacode/firewall';
import type { ModelMessage } from 'ai';
import type { FirewallGateway } from '../firewall/firewall-gateway.js';
import type { ThreatContext } from '../firewall/record-threat-event.js';
import type { Logger } from '../infra/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { type GuardedText, guardTexts } from './guard-texts.js';

type Slot = GuardedText & { apply(text: string): void };

/**
 * Runs the input firewall over a prompt: user text as `input`, tool results (text or JSON) as `context`. Returns the
 * messages with redactions applied (new objects; the caller's stay as they were), or throws CONTENT_BLOCKED.
 * Assistant and system messages are the caller's own and pass unchecked.
 *
 * @example const safe = await guardMessages({ db, logger, firewall, policy, messages, context })
 */
export async function guardMessages({
  db,
  logger,
  firewall,
  policy,
  messages,
  context,
  vault,
  metrics,
  report,
  checkedMessages = 0,
}: {
  db: Db;
  logger: Logger;
  metrics?: Metrics;
  /** Counts the texts the firewall changed (redactions), for callers that tell the user. */
  report?: { redacted: number };
  firewall: FirewallGateway;
  policy: Policy;
  messages: readonly ModelMessage[];
  context: Omit<ThreatContext, 'direction'>;
  vault?: PseudonymVault;
  /** Leading messages the caller has already passed through the firewall for this call: left as they are. */
  checkedMessages?: number;
}): Promise<ModelMessage[]> {
  const copy = structuredClone(messages) as ModelMessage[];
  const slots: Slot[] = [];
  for (const message of copy.slice(checkedMessages)) {
    if (message.role === 'user') {
      if (typeof message.content === 'string') {
        const target = message;
        slots.push({ text: target.content as string, direction: 'input', apply: (text) => (target.content = text) });
      } else {
        for (const part of message.content) {
          if (part.type === 'text')
            slots.push({ text: part.text, direction: 'input', apply: (text) => (part.text = text) });
        }
      }
    } else if (message.role === 'tool') {
      for (const part of message.content) {
        if (part.type !== 'tool-result') continue;
        const output = part.output;
        if (output.type === 'text' || output.type === 'error-text') {
          slots.push({ text: output.value, direction: 'context', apply: (text) => (output.value = text) });
        } else if (output.type === 'json' || output.type === 'error-json') {
          const json = JSON.stringify(output.value);
          slots.push({
            text: json,
            direction: 'context',
            apply: (text) => {
              if (text !== json) part.output = { type: 'text', value: text };
            },
          });
        }
      }
    }
  }
  if (slots.length === 0) return copy;
  const safe = await guardTexts({
    db,
    logger,
    firewall,
    policy,
    texts: slots,
    context,
    ...(vault ? { vault } : {}),
    ...(metrics ? { metrics } : {}),
  });
  for (const [index, slot] of slots.entries()) {
    const text = safe[index] as string;
    if (text !== slot.text) {
      slot.apply(text);
      if (report) report.redacted += 1;
    }
  }
  return copy;
}
