/** `--name value` and `--name=value` pairs; anything else is refused so typos do not pass silently. */
export function parseFlags({ args, allowed }: { args: string[]; allowed: readonly string[] }): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1] || !allowed.includes(match[1])) {
      throw new Error(`Unknown argument ${arg}. Allowed: ${allowed.map((name) => `--${name}`).join(', ')}`);
    }
    const value = match[2] ?? args[i + 1];
    if (match[2] === undefined) i += 1;
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    flags[match[1]] = value;
  }
  return flags;
}
