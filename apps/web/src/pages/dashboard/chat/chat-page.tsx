import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Sparkles } from 'lucide-react';
import { useCallback, useEffect, useRef } from 'react';
import { can, chatAppsQueryOptions, meQueryOptions, messagesQueryOptions } from '../../../api';
import { Badge, ErrorNotice, Field, Notice, PageHeader, Select, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';
import { ChatComposer } from './chat-composer';
import { turnFromStored } from './chat-turn';
import { ChatTurnView } from './chat-turn-view';
import { ConversationList } from './conversation-list';
import { CreateChatAppCard } from './create-chat-app-card';
import { useChatSession } from './use-chat-session';

/** `?app=<id>&c=<conversation id>`: the chosen app and conversation survive a reload and can be linked to. */
export interface ChatSearch {
  app?: string;
  c?: string;
}

/** `/dashboard/chat`: streaming chat with the organization's apps, with history, stop, costs and firewall notices. */
export function ChatPage() {
  const t = useT();
  const search = useSearch({ from: '/dashboard/chat' });
  const navigate = useNavigate({ from: '/dashboard/chat' });
  const me = useQuery(meQueryOptions());
  const apps = useQuery(chatAppsQueryOptions());
  const list = apps.data?.data ?? [];
  const app = list.find((candidate) => candidate.id === search.app) ?? list[0];

  const select = useCallback((next: ChatSearch) => void navigate({ search: next, replace: true }), [navigate]);

  if (apps.isPending) {
    return (
      <>
        <PageHeader title={t('nav.chat')} description={t('section.chat.description')} />
        <SkeletonRows label={t('ui.loading')} rows={5} />
      </>
    );
  }
  if (apps.isError) {
    return (
      <>
        <PageHeader title={t('nav.chat')} description={t('section.chat.description')} />
        <ErrorNotice title={t('chat.loadAppsFailed')} error={apps.error} onRetry={() => void apps.refetch()} />
      </>
    );
  }
  if (!app) {
    return (
      <>
        <PageHeader title={t('nav.chat')} description={t('section.chat.description')} />
        <CreateChatAppCard canCreate={can(me.data, 'apps:write')} onCreated={(id) => select({ app: id })} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('nav.chat')}
        description={t('section.chat.description')}
        actions={
          <div className="flex items-end gap-2">
            <Field id="chat-app" label={t('chat.app')} className="w-56">
              {(control) => (
                <Select {...control} value={app.id} onChange={(event) => select({ app: event.target.value })}>
                  {list.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {app.config.model ? (
              <Badge tone="brand" className="mb-2.5">
                {t('chat.model')}: {app.config.model}
              </Badge>
            ) : null}
          </div>
        }
      />
      <ChatWorkspace
        // A new app is a new session: nothing of the previous app's stream carries over.
        key={app.id}
        appId={app.id}
        conversationId={search.c ?? null}
        canRun={can(me.data, 'apps:run')}
        openingStatement={app.config.openingStatement ?? ''}
        suggestions={app.config.suggestedQuestions ?? []}
        onConversation={(c) => select({ app: app.id, ...(c ? { c } : {}) })}
      />
    </>
  );
}

function ChatWorkspace({
  appId,
  conversationId,
  canRun,
  openingStatement,
  suggestions,
  onConversation,
}: {
  appId: string;
  conversationId: string | null;
  canRun: boolean;
  openingStatement: string;
  suggestions: string[];
  onConversation: (conversationId: string | null) => void;
}) {
  const t = useT();
  // The conversation the live stream just created: its history is already on screen, so it is not reloaded.
  const liveConversation = useRef<string | null>(null);
  const onConversationStarted = useCallback(
    (id: string) => {
      liveConversation.current = id;
      onConversation(id);
    },
    [onConversation],
  );
  const session = useChatSession({ appId, conversationId, onConversationStarted });
  const needsHistory = conversationId !== null && conversationId !== liveConversation.current;
  const history = useQuery({
    ...messagesQueryOptions({ appId, conversationId: conversationId ?? '' }),
    enabled: needsHistory,
  });
  const { setTurns } = session;
  useEffect(() => {
    if (conversationId === null) setTurns([]);
  }, [conversationId, setTurns]);
  useEffect(() => {
    if (needsHistory && history.data) setTurns(history.data.data.map(turnFromStored));
  }, [needsHistory, history.data, setTurns]);

  const endRef = useRef<HTMLDivElement>(null);
  const lastAnswerLength = session.turns.at(-1)?.answer.length ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll as the turns and the streamed answer grow.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [session.turns.length, lastAnswerLength]);

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <aside className="order-2 lg:order-1">
        <ConversationList
          appId={appId}
          activeId={conversationId}
          onSelect={(id) => {
            liveConversation.current = null;
            onConversation(id);
          }}
          onNew={() => {
            liveConversation.current = null;
            onConversation(null);
          }}
        />
      </aside>
      <section
        aria-label={t('nav.chat')}
        className="order-1 flex min-h-[60dvh] flex-col rounded-2xl border border-zinc-200 bg-zinc-50/60 lg:order-2 lg:h-[calc(100dvh-14rem)] dark:border-zinc-800 dark:bg-zinc-900/40"
      >
        <div className="min-h-0 flex-1 overflow-y-auto p-4 sm:p-6" aria-live="polite" aria-busy={session.busy}>
          {needsHistory && history.isPending ? (
            <SkeletonRows label={t('ui.loading')} rows={4} />
          ) : needsHistory && history.isError ? (
            <ErrorNotice
              title={t('chat.loadMessagesFailed')}
              error={history.error}
              onRetry={() => void history.refetch()}
            />
          ) : session.turns.length === 0 ? (
            <div className="mx-auto flex max-w-md flex-col items-center py-10 text-center">
              <span className="grid size-11 place-items-center rounded-xl bg-brand-50 text-brand-600 dark:bg-brand-950 dark:text-brand-300">
                <Sparkles className="size-5" aria-hidden="true" />
              </span>
              <p className="mt-3 font-semibold">{t('chat.emptyTitle')}</p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{openingStatement || t('chat.emptyBody')}</p>
              {suggestions.length > 0 && canRun ? (
                <ul aria-label={t('chat.suggested')} className="mt-4 flex flex-wrap justify-center gap-2">
                  {suggestions.map((question) => (
                    <li key={question}>
                      <button
                        type="button"
                        onClick={() => void session.send(question)}
                        className="rounded-full border border-zinc-300 px-3 py-1 text-sm hover:bg-white dark:border-zinc-700 dark:hover:bg-zinc-800"
                      >
                        {question}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : (
            <ol className="space-y-6">
              {session.turns.map((turn) => (
                <ChatTurnView key={turn.key} turn={turn} />
              ))}
            </ol>
          )}
          <div ref={endRef} />
        </div>
        <div className="border-zinc-200 border-t p-3 sm:p-4 dark:border-zinc-800">
          {canRun ? null : (
            <Notice tone="info" className="mb-3">
              {t('chat.readOnly')}
            </Notice>
          )}
          <ChatComposer
            busy={session.busy}
            disabled={!canRun}
            onSend={(text) => void session.send(text)}
            onStop={() => void session.stop()}
          />
        </div>
      </section>
    </div>
  );
}
