import { useQuery } from '@tanstack/react-query';
import { can, meQueryOptions } from '../../../api/me-query';
import { toolCatalogQueryOptions } from '../../../api/tools-api';
import { Card, CardHeader, ErrorNotice, PageHeader, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';
import { McpServersCard } from './mcp-servers-card';
import { ToolItem } from './tool-item';

/**
 * `/dashboard/tools`: the built-in tools every agent may use, and the organization's MCP servers with their tools.
 */
export function ToolsPage() {
  const t = useT();
  const me = useQuery(meQueryOptions());
  const catalog = useQuery(toolCatalogQueryOptions());
  return (
    <>
      <PageHeader title={t('nav.tools')} description={t('section.tools.description')} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t('tools.builtin.title')} description={t('tools.builtin.description')} />
          {catalog.isPending ? (
            <SkeletonRows label={t('tools.loading')} rows={4} />
          ) : catalog.isError ? (
            <ErrorNotice
              title={t('tools.loadFailed')}
              error={catalog.error}
              onRetry={() => catalog.refetch()}
              retrying={catalog.isFetching}
            />
          ) : (
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {catalog.data.builtin.map((tool) => (
                <ToolItem key={tool.id} tool={tool} />
              ))}
            </ul>
          )}
        </Card>
        <McpServersCard
          canRead={can(me.data, 'providers:read')}
          canManage={can(me.data, 'providers:manage')}
          canUseStdio={me.data?.user?.platformRole === 'admin'}
        />
      </div>
    </>
  );
}
