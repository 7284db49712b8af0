import { isApiError } from '../../../api/api-error';
import { ErrorNotice, Notice } from '../../../components/ui';
import { useT } from '../../../i18n';

/**
 * A failed registration, explained. When the MCP server itself could not be reached (the server answers
 * UPSTREAM_FAILED / UPSTREAM_TIMEOUT) the generic hint would talk about model providers, so this says what to check.
 *
 * @example
 * {save.isError ? <McpErrorNotice error={save.error} /> : null}
 */
export function McpErrorNotice({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error) && (error.code === 'UPSTREAM_FAILED' || error.code === 'UPSTREAM_TIMEOUT')) {
    return (
      <Notice tone="danger" title={t('tools.register.failed')}>
        <p>{error.message}</p>
        <p className="mt-1">{t('tools.unreachableHint')}</p>
        <p className="mt-2 font-mono text-xs opacity-75">
          {error.code}
          {error.requestId ? ` · ${t('ui.requestId')} ${error.requestId}` : ''}
        </p>
      </Notice>
    );
  }
  return <ErrorNotice title={t('tools.register.failed')} error={error} />;
}
