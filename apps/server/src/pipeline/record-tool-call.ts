import { newId } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';

/**
 * Stores one tool call of an agent: the tool, its input (capped), an excerpt of its output, the outcome and the
 * duration. Failures to store are the caller's to log; the call itself has already happened.
 *
 * @example await recordToolCall({ db, organizationId, appId, requestId, tool: 'calculator', input, output, status: 'ok', durationMs: 3 })
 */
export async function recordToolCall({
  db,
  organizationId,
  appId,
  requestId,
  tool,
  input,
  output,
  status,
  durationMs,
}: {
  db: Db;
  organizationId: string;
  appId: string | null;
  requestId: string;
  tool: string;
  input: unknown;
  output: string;
  status: 'ok' | 'error' | 'blocked';
  durationMs: number;
}): Promise<void> {
  const inputJson = JSON.stringify(input ?? null);
  await db.insert(schema.toolCalls).values({
    id: newId('tcl'),
    organizationId,
    appId,
    requestId,
    tool,
    input: inputJson.length <= 4_000 ? (input ?? null) : { truncated: inputJson.slice(0, 4_000) },
    outputExcerpt: output.slice(0, 1_000),
    status,
    durationMs: Math.round(durationMs),
  });
}
