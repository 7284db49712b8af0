import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { MCP_SERVERS_QUERY_KEY, putMcpServer, TOOLS_QUERY_KEY } from '../../../api/tools-api';
import type { McpTransportInput } from '../../../api/tools-schemas';
import { Button, Dialog, Field, Input, Notice, Textarea } from '../../../components/ui';
import { useT } from '../../../i18n';
import { McpErrorNotice } from './mcp-error-notice';
import { parsePairs, splitArgs } from './parse-pairs';

const NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Registers an MCP server: over HTTP (a public URL, optional headers) or, for platform operators, as a command on the
 * platform host (stdio). Header and variable values are encrypted and never shown again.
 *
 * @example
 * <RegisterMcpDialog open={open} onOpenChange={setOpen} canUseStdio={me.user.platformRole === 'admin'} />
 */
export function RegisterMcpDialog({
  open,
  onOpenChange,
  canUseStdio,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  canUseStdio: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [type, setType] = useState<'http' | 'stdio'>('http');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [headers, setHeaders] = useState('');
  const [command, setCommand] = useState('');
  const [args, setArgs] = useState('');
  const [env, setEnv] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const headerPairs = parsePairs({ text: headers, separators: [':'] });
  const envPairs = parsePairs({ text: env, separators: ['='] });
  const errors = {
    name: NAME_PATTERN.test(name) ? undefined : t('providers.error.name'),
    url: type === 'http' && !/^https?:\/\/\S+$/.test(url.trim()) ? t('tools.error.url') : undefined,
    headers: headerPairs.ok ? undefined : t('tools.error.line', { line: headerPairs.line }),
    command: type === 'stdio' && !command.trim() ? t('agents.error.required') : undefined,
    env: envPairs.ok ? undefined : t('tools.error.line', { line: envPairs.line }),
  };
  const valid = !Object.values(errors).some(Boolean);

  const save = useMutation({
    mutationFn: () => {
      let transport: McpTransportInput;
      if (type === 'http') {
        transport = { type: 'http', url: url.trim() };
        if (headerPairs.ok && Object.keys(headerPairs.pairs).length > 0) transport.headers = headerPairs.pairs;
      } else {
        transport = { type: 'stdio', command: command.trim() };
        const list = splitArgs(args);
        if (list.length > 0) transport.args = list;
        if (envPairs.ok && Object.keys(envPairs.pairs).length > 0) transport.env = envPairs.pairs;
      }
      return putMcpServer({ name, transport });
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: MCP_SERVERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: TOOLS_QUERY_KEY }),
      ]);
      close(false);
    },
  });
  function close(next: boolean) {
    onOpenChange(next);
    if (!next) {
      setName('');
      setUrl('');
      setHeaders('');
      setCommand('');
      setArgs('');
      setEnv('');
      setSubmitted(false);
      save.reset();
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (valid) save.mutate();
  };
  const shown = (error: string | undefined) => (submitted ? error : undefined);

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('tools.register.title')}
      description={t('tools.register.body')}
      size="lg"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        <Field id="mcp-name" label={t('tools.field.name')} hint={t('tools.field.nameHint')} error={shown(errors.name)}>
          {(control) => (
            <Input
              {...control}
              value={name}
              autoComplete="off"
              className="font-mono"
              placeholder="github"
              onChange={(event) => setName(event.target.value.toLowerCase())}
            />
          )}
        </Field>
        <fieldset>
          <legend className="mb-1.5 font-medium text-sm text-zinc-800 dark:text-zinc-200">
            {t('tools.field.transport')}
          </legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(['http', 'stdio'] as const).map((value) => {
              const locked = value === 'stdio' && !canUseStdio;
              return (
                <label
                  key={value}
                  className={`flex flex-col rounded-xl border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 dark:border-zinc-800 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950/60 ${locked ? 'cursor-not-allowed opacity-60' : 'cursor-pointer'}`}
                >
                  <span className="flex items-center gap-2 font-medium text-sm">
                    <input
                      type="radio"
                      name="mcp-transport"
                      value={value}
                      checked={type === value}
                      disabled={locked}
                      onChange={() => setType(value)}
                      className="accent-brand-600"
                    />
                    {t(`tools.transport.${value}`)}
                  </span>
                  <span className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    {locked ? t('tools.transport.stdioLocked') : t(`tools.transport.${value}.body`)}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {type === 'http' ? (
          <>
            <Field id="mcp-url" label={t('tools.field.url')} hint={t('tools.field.urlHint')} error={shown(errors.url)}>
              {(control) => (
                <Input
                  {...control}
                  type="url"
                  inputMode="url"
                  placeholder="https://mcp.example.com/mcp"
                  value={url}
                  onChange={(event) => setUrl(event.target.value)}
                />
              )}
            </Field>
            <Field
              id="mcp-headers"
              label={t('tools.field.headers')}
              hint={t('tools.field.headersHint')}
              error={shown(errors.headers)}
            >
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  spellCheck={false}
                  className="font-mono"
                  placeholder="Authorization: Bearer …"
                  value={headers}
                  onChange={(event) => setHeaders(event.target.value)}
                />
              )}
            </Field>
          </>
        ) : (
          <>
            <Notice tone="warning">{t('tools.stdioWarning')}</Notice>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="mcp-command" label={t('tools.field.command')} error={shown(errors.command)}>
                {(control) => (
                  <Input
                    {...control}
                    className="font-mono"
                    placeholder="npx"
                    value={command}
                    onChange={(event) => setCommand(event.target.value)}
                  />
                )}
              </Field>
              <Field id="mcp-args" label={t('tools.field.args')} hint={t('tools.field.argsHint')}>
                {(control) => (
                  <Input
                    {...control}
                    className="font-mono"
                    placeholder="-y @modelcontextprotocol/server-everything"
                    value={args}
                    onChange={(event) => setArgs(event.target.value)}
                  />
                )}
              </Field>
            </div>
            <Field id="mcp-env" label={t('tools.field.env')} hint={t('tools.field.envHint')} error={shown(errors.env)}>
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  spellCheck={false}
                  className="font-mono"
                  placeholder="GITHUB_TOKEN=…"
                  value={env}
                  onChange={(event) => setEnv(event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        {save.isError ? <McpErrorNotice error={save.error} /> : null}
        <div className="flex justify-end gap-2 pt-2">
          <Button onClick={() => close(false)} disabled={save.isPending}>
            {t('ui.cancel')}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending}>
            {save.isPending ? t('tools.register.connecting') : t('tools.register.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
