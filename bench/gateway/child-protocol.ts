// The messages bench/gateway exchanges with its child processes (the fake upstream, SIGMACODE) over Node's IPC
// channel. Children are started with `fork`, so `process.send` exists in them.
import { z } from 'zod';

/** What a child sends once it listens. */
export const ReadyMessageSchema = z.object({
  type: z.literal('ready'),
  /** Base URL ending in `/v1`. */
  url: z.url(),
  /** SIGMACODE: the `chat` API key of the benchmark organization. */
  apiKey: z.string().optional(),
  /** SIGMACODE: `pglite` or `postgres`, and whether Redis holds the rate limits. */
  engine: z.string().optional(),
  redis: z.boolean().optional(),
});
export type ReadyMessage = z.infer<typeof ReadyMessageSchema>;

/** What the parent asks of a child. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stats'), id: z.number() }),
  z.object({ type: z.literal('profile-start'), id: z.number() }),
  z.object({ type: z.literal('profile-stop'), id: z.number(), file: z.string() }),
  z.object({ type: z.literal('stop'), id: z.number() }),
]);
export type Command = z.infer<typeof CommandSchema>;

/** A child's answer to a command (same `id`). `data` depends on the command. */
export const AnswerSchema = z.object({
  type: z.literal('answer'),
  id: z.number(),
  data: z.record(z.string(), z.unknown()).optional(),
  error: z.string().optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/**
 * Runs a child's command loop: answers every command from the parent with what `handle` returns, and exits after
 * `stop`. The parent going away (IPC disconnect) also stops the child.
 *
 * @example
 * serveCommands({ handle: async (command) => (command.type === 'stats' ? { requests: 12 } : {}), stop: () => server.close() })
 */
export function serveCommands({
  handle,
  stop,
}: {
  handle: (command: Command) => Promise<Record<string, unknown>>;
  stop: () => Promise<void>;
}): void {
  const send = (answer: Answer) => process.send?.(answer);
  process.on('message', (raw: unknown) => {
    const parsed = CommandSchema.safeParse(raw);
    if (!parsed.success) return;
    const command = parsed.data;
    if (command.type === 'stop') {
      void stop()
        .catch((error: unknown) => console.error(error))
        .finally(() => {
          send({ type: 'answer', id: command.id });
          process.disconnect?.();
          process.exit(0);
        });
      return;
    }
    handle(command)
      .then((data) => send({ type: 'answer', id: command.id, data }))
      .catch((error: unknown) => send({ type: 'answer', id: command.id, error: String(error) }));
  });
  process.on('disconnect', () => {
    void stop().finally(() => process.exit(0));
  });
}
