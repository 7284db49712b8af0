import { useMutation, useQuery } from '@tanstack/react-query';
import { type SignInMethods, signInMethodsQueryOptions, startSocialSignIn } from '../../api';
import { Button, ErrorNotice } from '../../components/ui';
import { useT } from '../../i18n';

const PROVIDERS = [
  { id: 'google', label: 'Google' },
  { id: 'github', label: 'GitHub' },
] as const;

/** Google/GitHub buttons, only for the providers the server has configured; nothing at all when none is. */
export function SocialButtons() {
  const t = useT();
  const methods = useQuery(signInMethodsQueryOptions());
  const start = useMutation({
    mutationFn: startSocialSignIn,
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const enabled = PROVIDERS.filter(({ id }) => methods.data?.[id satisfies keyof SignInMethods]);
  if (enabled.length === 0) return null;
  const failed = PROVIDERS.find(({ id }) => id === start.variables?.provider);
  return (
    <div className="mt-6">
      <div className="flex items-center gap-3 text-xs text-zinc-500 uppercase">
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        {t('auth.or')}
        <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      </div>
      <div className="mt-4 grid gap-2">
        {enabled.map(({ id, label }) => (
          <Button
            key={id}
            onClick={() => start.mutate({ provider: id })}
            loading={start.isPending && start.variables?.provider === id}
            icon={id === 'github' ? <GitHubMark /> : <GoogleMark />}
          >
            {t('auth.continueWith', { provider: label })}
          </Button>
        ))}
      </div>
      {start.isError && failed ? (
        <ErrorNotice className="mt-4" title={t('auth.socialFailed', { provider: failed.label })} error={start.error} />
      ) : null}
    </div>
  );
}

function GoogleMark() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" aria-hidden="true">
      <path
        fill="#4285F4"
        d="M23.5 12.3c0-.8-.1-1.6-.2-2.3H12v4.5h6.5a5.6 5.6 0 0 1-2.4 3.6v3h3.9c2.3-2.1 3.5-5.2 3.5-8.8Z"
      />
      <path
        fill="#34A853"
        d="M12 24c3.2 0 6-1.1 8-2.9l-3.9-3c-1.1.7-2.5 1.2-4.1 1.2-3.1 0-5.8-2.1-6.7-5H1.3v3.1A12 12 0 0 0 12 24Z"
      />
      <path fill="#FBBC05" d="M5.3 14.3a7.2 7.2 0 0 1 0-4.6V6.6h-4a12 12 0 0 0 0 10.8l4-3.1Z" />
      <path fill="#EA4335" d="M12 4.8c1.8 0 3.3.6 4.6 1.8l3.4-3.4A12 12 0 0 0 1.3 6.6l4 3.1c.9-2.9 3.6-4.9 6.7-4.9Z" />
    </svg>
  );
}

function GitHubMark() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" fill="currentColor" aria-hidden="true">
      <path d="M12 .5a11.5 11.5 0 0 0-3.64 22.41c.58.1.79-.25.79-.56v-2c-3.2.7-3.88-1.37-3.88-1.37-.53-1.33-1.28-1.69-1.28-1.69-1.05-.71.08-.7.08-.7 1.16.08 1.77 1.19 1.77 1.19 1.03 1.77 2.7 1.26 3.36.96.1-.75.4-1.26.73-1.55-2.55-.29-5.24-1.28-5.24-5.68 0-1.26.45-2.28 1.19-3.09-.12-.29-.52-1.46.11-3.05 0 0 .97-.31 3.17 1.18a11 11 0 0 1 5.77 0c2.2-1.49 3.17-1.18 3.17-1.18.63 1.59.23 2.76.11 3.05.74.81 1.19 1.83 1.19 3.09 0 4.41-2.69 5.38-5.26 5.67.41.36.78 1.06.78 2.14v3.17c0 .31.21.67.8.56A11.5 11.5 0 0 0 12 .5Z" />
    </svg>
  );
}
