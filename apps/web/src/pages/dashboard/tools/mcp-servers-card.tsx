import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Server, Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  deleteMcpServer,
  MCP_SERVERS_QUERY_KEY,
  mcpServersQueryOptions,
  TOOLS_QUERY_KEY,
  toolCatalogQueryOptions,
} from '../../../api/tools-api';
import type { McpServer } from '../../../api/tools-schemas';
import {
  AddButton,
  Badge,
  Card,
  CardHeader,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  IconButton,
  Notice,
  QueryView,
  Skeleton,
} from '../../../components/ui';
import { useT } from '../../../i18n';
import { RegisterMcpDialog } from './register-mcp-dialog';
import { ToolItem } from './tool-item';

/** One server: how it is reached, and its tools (or why they could not be listed). */
function McpServerItem({
  server,
  canManage,
  onRemove,
}: {
  server: McpServer;
  canManage: boolean;
  onRemove: () => void;
}) {
  const t = useT();
  const catalog = useQuery(toolCatalogQueryOptions());
  const entry = catalog.data?.mcp.find((item) => item.server === server.name);
  const { transport } = server;
  const secretNames = transport.type === 'http' ? transport.headerNames : transport.envNames;
  return (
    <li className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid="mcp-server">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-mono font-semibold">{server.name}</span>
            <Badge tone="brand">{t(`tools.transport.${transport.type}`)}</Badge>
            {catalog.isPending ? null : entry?.error ? (
              <Badge tone="bad">{t('tools.status.unreachable')}</Badge>
            ) : entry ? (
              <Badge tone="good">{t('tools.status.tools', { count: entry.tools?.length ?? 0 })}</Badge>
            ) : null}
          </p>
          <p className="mt-1 break-all font-mono text-xs text-zinc-500 dark:text-zinc-400">
            {transport.type === 'http' ? transport.url : [transport.command, ...transport.args].join(' ')}
          </p>
          {secretNames.length > 0 ? (
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              {t('tools.secrets', { names: secretNames.join(', ') })}
            </p>
          ) : null}
        </div>
        {canManage ? (
          <IconButton label={t('tools.remove.label', { name: server.name })} onClick={onRemove}>
            <Trash2 className="size-4" aria-hidden="true" />
          </IconButton>
        ) : null}
      </div>
      {catalog.isPending ? (
        <div className="mt-3 space-y-2" role="status">
          <span className="sr-only">{t('tools.connecting')}</span>
          <Skeleton className="h-4 w-2/3" />
        </div>
      ) : entry?.error ? (
        <Notice tone="warning" className="mt-3" title={t('tools.unreachableTitle')}>
          <p>{entry.error.message}</p>
          <p className="mt-1">{t('tools.unreachableHint')}</p>
        </Notice>
      ) : entry?.tools && entry.tools.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-zinc-600 dark:text-zinc-400">
            {t('tools.showTools', { count: entry.tools.length })}
          </summary>
          <ul className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800">
            {entry.tools.map((tool) => (
              <ToolItem key={tool.id} tool={tool} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/**
 * The organization's MCP servers: register (HTTP, or stdio for platform operators), their tools, remove.
 *
 * @example
 * <McpServersCard canRead canManage canUseStdio={false} />
 */
export function McpServersCard({
  canRead,
  canManage,
  canUseStdio,
}: {
  canRead: boolean;
  canManage: boolean;
  canUseStdio: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const servers = useQuery({ ...mcpServersQueryOptions(), enabled: canRead });
  const [registering, setRegistering] = useState(false);
  const [removing, setRemoving] = useState<McpServer | null>(null);
  const remove = useMutation({
    mutationFn: (server: McpServer) => deleteMcpServer({ name: server.name }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: MCP_SERVERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: TOOLS_QUERY_KEY }),
      ]);
      setRemoving(null);
    },
  });
  const registerButton = canManage ? (
    <AddButton size="sm" onClick={() => setRegistering(true)}>
      {t('tools.register.open')}
    </AddButton>
  ) : null;

  const body = (
    <QueryView query={servers} loadFailed={t('tools.loadFailed')} denied={canRead ? null : t('tools.noPermission')}>
      {(data) => {
        if (data.data.length === 0)
          return (
            <EmptyState
              icon={Server}
              title={t('tools.empty')}
              body={canManage ? t('tools.emptyBody') : t('tools.emptyReadOnly')}
              action={registerButton}
            />
          );
        return (
          <ul className="space-y-3">
            {data.data.map((server) => (
              <McpServerItem
                key={server.id}
                server={server}
                canManage={canManage}
                onRemove={() => {
                  remove.reset();
                  setRemoving(server);
                }}
              />
            ))}
          </ul>
        );
      }}
    </QueryView>
  );

  return (
    <Card>
      <CardHeader
        title={t('tools.mcp.title')}
        description={t('tools.mcp.description')}
        actions={servers.data?.data.length ? registerButton : null}
      />
      {body}
      <RegisterMcpDialog open={registering} onOpenChange={setRegistering} canUseStdio={canUseStdio} />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t('tools.remove.title', { name: removing?.name ?? '' })}
        description={t('tools.remove.body')}
        confirmLabel={t('tools.remove.confirm')}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      >
        {remove.isError ? <ErrorNotice title={t('tools.remove.failed')} error={remove.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
