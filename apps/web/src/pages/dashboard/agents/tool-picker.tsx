import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { toolCatalogQueryOptions } from '../../../api/tools-api';
import { ErrorNotice, Notice, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';

function Check({
  id,
  label,
  description,
  checked,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
}) {
  return (
    <label className="flex cursor-pointer gap-3 rounded-lg p-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
      <input
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-brand-600"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="min-w-0 text-sm">
        <span className="font-mono font-medium">{label}</span>
        {description ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{description}</span> : null}
        <span className="sr-only">{id}</span>
      </span>
    </label>
  );
}

/**
 * Checkboxes for the tools an agent may call: built-in tools and MCP servers' tools (all of a server's tools, or
 * single ones).
 *
 * @example
 * <ToolPicker value={form.tools} onChange={(tools) => setForm({ ...form, tools })} />
 */
export function ToolPicker({
  value,
  onChange,
  disabled,
}: {
  value: string[];
  onChange: (tools: string[]) => void;
  disabled: boolean;
}) {
  const t = useT();
  const catalog = useQuery(toolCatalogQueryOptions());
  const set = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((tool) => tool !== id), id] : value.filter((tool) => tool !== id));

  if (catalog.isPending) return <SkeletonRows label={t('agents.tools.loading')} rows={3} />;
  if (catalog.isError) {
    return (
      <ErrorNotice
        title={t('agents.tools.loadFailed')}
        error={catalog.error}
        onRetry={() => catalog.refetch()}
        retrying={catalog.isFetching}
      />
    );
  }
  const knownIds = new Set([
    ...catalog.data.builtin.map((tool) => tool.id),
    ...catalog.data.mcp.flatMap((server) => [server.allToolsId, ...(server.tools ?? []).map((tool) => tool.id)]),
  ]);
  const unknown = value.filter((id) => !knownIds.has(id));

  return (
    <div className="space-y-4">
      <div>
        <p className="mb-1 font-medium text-xs text-zinc-500 uppercase tracking-wide dark:text-zinc-400">
          {t('agents.tools.builtin')}
        </p>
        <div className="grid gap-1 sm:grid-cols-2">
          {catalog.data.builtin.map((tool) => (
            <Check
              key={tool.id}
              id={tool.id}
              label={tool.title ?? tool.name}
              description={tool.description}
              checked={value.includes(tool.id)}
              onChange={(on) => set(tool.id, on)}
              disabled={disabled}
            />
          ))}
        </div>
      </div>
      {catalog.data.mcp.map((server) => (
        <div key={server.server}>
          <p className="mb-1 font-medium text-xs text-zinc-500 uppercase tracking-wide dark:text-zinc-400">
            {t('agents.tools.server', { name: server.server })}
          </p>
          <Check
            id={server.allToolsId}
            label={t('agents.tools.allOf', { name: server.server })}
            checked={value.includes(server.allToolsId)}
            onChange={(on) => set(server.allToolsId, on)}
            disabled={disabled}
          />
          {server.error ? (
            <p className="px-2 text-amber-700 text-xs dark:text-amber-400">
              {t('agents.tools.unreachable', { message: server.error.message })}
            </p>
          ) : (
            <div className="grid gap-1 pl-6 sm:grid-cols-2">
              {(server.tools ?? []).map((tool) => (
                <Check
                  key={tool.id}
                  id={tool.id}
                  label={tool.title ?? tool.name}
                  description={tool.description}
                  checked={value.includes(tool.id) || value.includes(server.allToolsId)}
                  onChange={(on) => set(tool.id, on)}
                  disabled={disabled || value.includes(server.allToolsId)}
                />
              ))}
            </div>
          )}
        </div>
      ))}
      {catalog.data.mcp.length === 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {t('agents.tools.noMcp')}{' '}
          <Link to="/dashboard/tools" className="font-medium text-brand-600 hover:underline dark:text-brand-400">
            {t('agents.tools.manage')}
          </Link>
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <Notice tone="warning" title={t('agents.tools.unknown')}>
          <ul className="list-inside list-disc font-mono text-xs">
            {unknown.map((id) => (
              <li key={id}>
                {id}{' '}
                <button
                  type="button"
                  className="font-sans underline"
                  disabled={disabled}
                  onClick={() => set(id, false)}
                >
                  {t('agents.tools.remove')}
                </button>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}
