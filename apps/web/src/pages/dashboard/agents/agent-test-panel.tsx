import { Link } from '@tanstack/react-router';
import { Bot, MessageSquarePlus, ShieldCheck } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { App } from '../../../api/apps-schemas';
import { Button, buttonClass, Card, CardHeader, Notice } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ChatComposer } from '../chat/chat-composer';
import { ChatTurnView } from '../chat/chat-turn-view';
import { useChatSession } from '../chat/use-chat-session';

/** One conversation with the app; remounted (with a new key) to start over. */
function TestConversation({ app, canRun }: { app: App; canRun: boolean }) {
  const t = useT();
  const [conversationId, setConversationId] = useState<string | null>(null);
  const onConversationStarted = useCallback((id: string) => setConversationId(id), []);
  const session = useChatSession({ appId: app.id, conversationId, onConversationStarted });
  const end = useRef<HTMLDivElement>(null);
  const lastAnswerLength = session.turns.at(-1)?.answer.length ?? 0;

  // Keep the newest text in view while it streams.
  const turnCount = session.turns.length;
  useEffect(() => {
    if (turnCount > 0 || lastAnswerLength > 0) end.current?.scrollIntoView({ block: 'nearest' });
  }, [turnCount, lastAnswerLength]);

  const blocked = session.turns.some((turn) => turn.status === 'blocked' || turn.redacted);
  return (
    <div className="flex flex-col gap-4">
      <div className="max-h-[60dvh] min-h-48 overflow-y-auto rounded-xl bg-zinc-50 p-4 dark:bg-zinc-950/60">
        {app.config.openingStatement ? (
          <div className="mb-4 flex gap-3">
            <span className="hidden size-8 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-600 sm:grid dark:bg-brand-950 dark:text-brand-300">
              <Bot className="size-4" aria-hidden="true" />
            </span>
            <p className="max-w-[85%] whitespace-pre-wrap rounded-2xl rounded-tl-sm border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
              {app.config.openingStatement}
            </p>
          </div>
        ) : null}
        {session.turns.length === 0 ? (
          app.config.suggestedQuestions.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              {app.config.suggestedQuestions.map((question) => (
                <Button
                  key={question}
                  size="sm"
                  disabled={!canRun || session.busy}
                  onClick={() => void session.send(question)}
                >
                  {question}
                </Button>
              ))}
            </div>
          ) : app.config.openingStatement ? null : (
            <p className="py-8 text-center text-sm text-zinc-500 dark:text-zinc-400">{t('agents.testPanel.empty')}</p>
          )
        ) : (
          <ul className="space-y-6" aria-live="polite">
            {session.turns.map((turn) => (
              <ChatTurnView key={turn.key} turn={turn} />
            ))}
          </ul>
        )}
        <div ref={end} />
      </div>
      {blocked ? (
        <p className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <ShieldCheck className="size-4" aria-hidden="true" />
          {t('agents.testPanel.firewallHint')}{' '}
          <Link to="/dashboard/firewall" className="font-medium text-brand-600 hover:underline dark:text-brand-400">
            {t('agents.testPanel.openCockpit')}
          </Link>
        </p>
      ) : null}
      <ChatComposer
        busy={session.busy}
        disabled={!canRun}
        onSend={(text) => void session.send(text)}
        onStop={() => void session.stop()}
      />
    </div>
  );
}

/**
 * The test panel: chats with the app's saved configuration through the whole pipeline (firewall, billing) and shows
 * the firewall's notices and each answer's cost.
 *
 * @example
 * <AgentTestPanel app={app} canRun={can(me, 'apps:run')} />
 */
export function AgentTestPanel({ app, canRun }: { app: App; canRun: boolean }) {
  const t = useT();
  const [round, setRound] = useState(0);
  return (
    <Card>
      <CardHeader
        title={t('agents.testPanel.title')}
        description={t('agents.testPanel.description', { version: app.version })}
        actions={
          <>
            <Button
              size="sm"
              onClick={() => setRound((value) => value + 1)}
              icon={<MessageSquarePlus className="size-4" aria-hidden="true" />}
            >
              {t('agents.testPanel.restart')}
            </Button>
            <Link
              to="/dashboard/chat"
              search={{ app: app.id }}
              className={buttonClass({ size: 'sm', variant: 'ghost' })}
            >
              {t('agents.testPanel.openChat')}
            </Link>
          </>
        }
      />
      {!canRun ? (
        <Notice tone="info" className="mb-4">
          {t('agents.testPanel.noPermission')}
        </Notice>
      ) : null}
      <TestConversation key={`${app.id}-${app.version}-${round}`} app={app} canRun={canRun} />
    </Card>
  );
}
