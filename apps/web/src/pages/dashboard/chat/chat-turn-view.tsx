import { Bot, Coins, LoaderCircle, User, Wrench } from 'lucide-react';
import { Notice } from '../../../components/ui';
import { describeError } from '../../../components/ui/describe-error';
import { useI18n } from '../../../i18n';
import type { ChatTurn } from './chat-turn';
import { MarkdownAnswer } from './markdown-answer';

/** A question, its (streaming) answer, the answer's cost, and a notice when the firewall acted or it failed. */
export function ChatTurnView({ turn }: { turn: ChatTurn }) {
  const { t, locale } = useI18n();
  const streaming = turn.status === 'streaming';
  const described = turn.error ? describeError({ error: turn.error, t }) : undefined;
  return (
    <li className="space-y-4" data-testid="chat-turn" data-status={turn.status}>
      <div className="flex justify-end gap-3">
        <div className="max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-tr-sm bg-brand-600 px-4 py-2.5 text-[15px] text-white">
          <span className="sr-only">{t('chat.you')}: </span>
          {turn.query}
        </div>
        <span className="hidden size-8 shrink-0 place-items-center rounded-full bg-zinc-200 sm:grid dark:bg-zinc-800">
          <User className="size-4" aria-hidden="true" />
        </span>
      </div>
      <div className="flex gap-3">
        <span className="hidden size-8 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-600 sm:grid dark:bg-brand-950 dark:text-brand-300">
          <Bot className="size-4" aria-hidden="true" />
        </span>
        <div className="min-w-0 max-w-[85%] flex-1 space-y-3">
          <span className="sr-only">{t('chat.assistant')}:</span>
          {turn.status === 'blocked' ? (
            <Notice tone="warning" title={t('chat.blockedTitle')} testId="firewall-notice">
              {t('chat.blockedBody', { reason: described?.message ?? '' })}
            </Notice>
          ) : null}
          {turn.steps?.length ? (
            <ul className="space-y-1.5" aria-label={t('chat.steps')}>
              {turn.steps.map((step) => (
                <li key={step.id} data-testid="chat-step">
                  <details className="rounded-lg border border-zinc-200 px-3 py-1.5 text-xs dark:border-zinc-800">
                    <summary className="flex cursor-pointer items-center gap-1.5 text-zinc-600 dark:text-zinc-400">
                      <Wrench className="size-3.5" aria-hidden="true" />
                      {step.observation
                        ? t('chat.stepDone', { tool: step.tool })
                        : t('chat.stepRunning', { tool: step.tool })}
                    </summary>
                    <p className="mt-1.5 font-medium">{t('chat.stepInput')}</p>
                    <pre className="whitespace-pre-wrap break-words font-mono text-zinc-700 dark:text-zinc-300">
                      {step.input}
                    </pre>
                    {step.observation ? (
                      <>
                        <p className="mt-1.5 font-medium">{t('chat.stepResult')}</p>
                        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words font-mono text-zinc-700 dark:text-zinc-300">
                          {step.observation}
                        </pre>
                      </>
                    ) : null}
                  </details>
                </li>
              ))}
            </ul>
          ) : null}
          {turn.answer ? (
            <div
              data-testid="chat-answer"
              className="rounded-2xl rounded-tl-sm border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <MarkdownAnswer text={turn.answer} />
            </div>
          ) : streaming ? (
            <p role="status" className="flex items-center gap-2 text-sm text-zinc-500">
              <LoaderCircle className="size-4 motion-safe:animate-spin" aria-hidden="true" />
              {t('chat.thinking')}
            </p>
          ) : null}
          {turn.inputRedacted ? (
            <Notice tone="warning" title={t('chat.inputRedactedTitle')} testId="firewall-input-notice">
              {t('chat.inputRedactedBody')}
            </Notice>
          ) : null}
          {turn.redacted ? (
            <Notice tone="warning" title={t('chat.redactedTitle')} testId="firewall-notice">
              {t('chat.redactedBody')}
            </Notice>
          ) : null}
          {turn.status === 'error' && described ? (
            <Notice tone="danger" title={t('chat.failedTitle')}>
              <p>{described.message}</p>
              <p className="mt-1">{described.hint}</p>
            </Notice>
          ) : null}
          {turn.status === 'stopped' ? <p className="text-xs text-zinc-500">{t('chat.stopped')}</p> : null}
          {turn.cost !== undefined && turn.status !== 'blocked' ? (
            <p className="flex items-center gap-1.5 text-xs text-zinc-500" title={t('chat.costLabel')}>
              <Coins className="size-3.5" aria-hidden="true" />
              <span className="sr-only">{t('chat.costLabel')}: </span>
              <span data-testid="chat-cost" data-cost={turn.cost}>
                {turn.cost === 1
                  ? t('chat.costOne')
                  : t('chat.cost', { cost: new Intl.NumberFormat(locale).format(turn.cost) })}
              </span>
            </p>
          ) : null}
        </div>
      </div>
    </li>
  );
}
