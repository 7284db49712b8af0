import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { signUp } from '../api';
import { useT } from '../i18n';
import { AuthCard } from './auth/auth-card';
import { CredentialsForm } from './auth/credentials-form';
import { SocialButtons } from './auth/social-buttons';
import { useSignedIn } from './auth/use-signed-in';
import { validateRegistration } from './auth/validate-credentials';

/** `/register`: name, e-mail and password under the server's rules; signs in and lands on the dashboard. */
export function RegisterPage() {
  const t = useT();
  const search = useSearch({ from: '/register' });
  const signedIn = useSignedIn();
  const mutation = useMutation({ mutationFn: signUp, onSuccess: () => signedIn(search.redirect) });
  return (
    <AuthCard
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      footer={
        <>
          {t('register.haveAccount')}{' '}
          <Link
            to="/login"
            search={search}
            className="font-medium text-brand-600 hover:text-brand-500 dark:text-brand-400"
          >
            {t('register.signIn')}
          </Link>
        </>
      }
    >
      <CredentialsForm
        withName
        newPassword
        submitLabel={t('register.submit')}
        failedTitle={t('register.failed')}
        validate={validateRegistration}
        onSubmit={({ name, email, password }) => mutation.mutate({ name: name.trim(), email: email.trim(), password })}
        pending={mutation.isPending || mutation.isSuccess}
        error={mutation.error}
      />
      <SocialButtons />
    </AuthCard>
  );
}
