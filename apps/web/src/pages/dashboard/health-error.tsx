import { TriangleAlert } from 'lucide-react';
import { isApiError, isClientErrorCode } from '../../api';
import { useT } from '../../i18n';

/** Why the status could not be loaded, with the code and request ID support will ask for. */
export function HealthError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const t = useT();
  const apiError = isApiError(error) ? error : undefined;
  // Client-side codes have translated explanations; server messages are shown as the server wrote them.
  const message =
    apiError && isClientErrorCode(apiError.code)
      ? t(`error.${apiError.code}`, { status: apiError.status })
      : error.message;
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900/60 dark:bg-red-950/40"
    >
      <div className="flex gap-3">
        <TriangleAlert className="mt-0.5 size-5 shrink-0 text-red-600 dark:text-red-400" aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold text-red-900 dark:text-red-200">{t('status.errorTitle')}</h3>
          <p className="mt-1 text-red-800 text-sm dark:text-red-300">{message}</p>
          {apiError ? (
            <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-red-800/80 text-xs dark:text-red-300/80">
              <div className="flex gap-1">
                <dt>{t('status.errorCode')}:</dt>
                <dd className="font-mono">{apiError.code}</dd>
              </div>
              {apiError.requestId ? (
                <div className="flex gap-1">
                  <dt>{t('status.requestId')}:</dt>
                  <dd className="font-mono">{apiError.requestId}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          <button
            type="button"
            onClick={onRetry}
            disabled={retrying}
            className="mt-4 rounded-lg bg-red-600 px-3 py-1.5 font-medium text-sm text-white hover:bg-red-500 disabled:opacity-60"
          >
            {t('status.retry')}
          </button>
        </div>
      </div>
    </div>
  );
}
