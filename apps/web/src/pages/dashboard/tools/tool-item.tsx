import type { ToolInfo } from '../../../api/tools-schemas';
import { useT } from '../../../i18n';

/** The parameter names of a tool's JSON schema, required ones first. */
function parametersOf(tool: ToolInfo): { name: string; required: boolean }[] {
  const properties = tool.inputSchema.properties;
  const required = Array.isArray(tool.inputSchema.required) ? (tool.inputSchema.required as unknown[]) : [];
  if (!properties || typeof properties !== 'object') return [];
  return Object.keys(properties)
    .map((name) => ({ name, required: required.includes(name) }))
    .sort((a, b) => Number(b.required) - Number(a.required));
}

/**
 * One tool: its id as agents reference it, its description and its parameters.
 *
 * @example
 * <ToolItem tool={tool} />
 */
export function ToolItem({ tool }: { tool: ToolInfo }) {
  const t = useT();
  const parameters = parametersOf(tool);
  return (
    <li className="py-3 first:pt-0 last:pb-0">
      <p className="flex flex-wrap items-baseline gap-2">
        <span className="font-medium">{tool.title ?? tool.name}</span>
        <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">{tool.id}</code>
      </p>
      {tool.description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{tool.description}</p> : null}
      {parameters.length > 0 ? (
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {t('tools.parameters')}:{' '}
          {parameters.map((parameter, index) => (
            <span key={parameter.name}>
              {index > 0 ? ', ' : ''}
              <code className="font-mono">{parameter.name}</code>
              {parameter.required ? '*' : ''}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
