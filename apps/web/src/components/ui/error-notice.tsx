import { RotateCw } from 'lucide-react';
import { useT } from '../../i18n';
import { Button } from './button';
import { describeError } from './describe-error';
import { Notice } from './notice';

/**
 * A failed request, explained: a title saying what could not be done, the reason, what to do, and the code and
 * request ID support will ask for. `onRetry` adds a "Try again" button.
 *
 * @example
 * {query.isError ? <ErrorNotice title={t('keys.loadFailed')} error={query.error} onRetry={() => query.refetch()} /> : null}
 */
export function ErrorNotice({
  title,
  error,
  onRetry,
  retrying = false,
  className,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}) {
  const t = useT();
  const described = describeError({ error, t });
  return (
    <Notice
      tone="danger"
      title={title}
      {...(className ? { className } : {})}
      action={
        onRetry ? (
          <Button
            size="sm"
            onClick={onRetry}
            loading={retrying}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('ui.retry')}
          </Button>
        ) : undefined
      }
    >
      <p>{described.message}</p>
      <p className="mt-1">{described.hint}</p>
      {described.code ? (
        <p className="mt-2 font-mono text-xs opacity-75">
          {described.code}
          {described.requestId ? ` · ${t('ui.requestId')} ${described.requestId}` : ''}
        </p>
      ) : null}
    </Notice>
  );
}
