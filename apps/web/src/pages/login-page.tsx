import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { signIn, signInMethodsQueryOptions } from '../api';
import { Notice } from '../components/ui';
import { useT } from '../i18n';
import { AuthCard } from './auth/auth-card';
import { CredentialsForm } from './auth/credentials-form';
import { SocialButtons } from './auth/social-buttons';
import { useSignedIn } from './auth/use-signed-in';
import { validateSignIn } from './auth/validate-credentials';

/** `/login`: e-mail and password, plus Google/GitHub when the server offers them; lands on the dashboard. */
export function LoginPage() {
  const t = useT();
  const search = useSearch({ from: '/login' });
  const signedIn = useSignedIn();
  const methods = useQuery(signInMethodsQueryOptions());
  const mutation = useMutation({ mutationFn: signIn, onSuccess: () => signedIn(search.redirect) });
  return (
    <AuthCard
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={
        <>
          {t('login.noAccount')}{' '}
          <Link
            to="/register"
            search={search}
            className="font-medium text-brand-600 hover:text-brand-500 dark:text-brand-400"
          >
            {t('login.register')}
          </Link>
        </>
      }
    >
      {search.redirect ? (
        <Notice className="mb-4" tone="info">
          {t('login.sessionEnded')}
        </Notice>
      ) : null}
      {methods.data?.emailPassword === false ? (
        <Notice tone="warning">{t('auth.emailDisabled')}</Notice>
      ) : (
        <CredentialsForm
          withName={false}
          newPassword={false}
          submitLabel={t('login.submit')}
          failedTitle={t('login.failed')}
          validate={validateSignIn}
          onSubmit={({ email, password }) => mutation.mutate({ email: email.trim(), password })}
          pending={mutation.isPending || mutation.isSuccess}
          error={mutation.error}
        />
      )}
      <SocialButtons />
    </AuthCard>
  );
}
