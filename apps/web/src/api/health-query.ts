import { queryOptions } from '@tanstack/react-query';
import { getHealth } from './get-health';

/** The platform status, refreshed every 30 s while a page shows it. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth({ signal }),
    refetchInterval: 30_000,
  });
}
