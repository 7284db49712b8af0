import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { ErrorNotice } from './error-notice';
import { Notice } from './notice';
import { SkeletonRows } from './skeleton';

/**
 * What a card shows for one query: a permission notice when the caller may not read it (`denied`), skeleton rows
 * while it loads, the error with "Try again" when it failed, and otherwise `children` with the data.
 *
 * @example
 * <QueryView query={keys} loadFailed={t('keys.loadFailed')} denied={canRead ? null : t('keys.noPermission')}>
 *   {(data) => <KeysTable keys={data.data} />}
 * </QueryView>
 */
export function QueryView<T>({
  query,
  loadFailed,
  denied = null,
  rows = 3,
  children,
}: {
  query: UseQueryResult<T>;
  /** The error notice's title. */
  loadFailed: string;
  /** Shown instead of everything else when set: why the caller cannot see this. */
  denied?: string | null;
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (denied) return <Notice tone="info">{denied}</Notice>;
  if (query.isPending) return <SkeletonRows label={t('ui.loading')} rows={rows} />;
  if (query.isError) {
    return (
      <ErrorNotice
        title={loadFailed}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <>{children(query.data)}</>;
}
