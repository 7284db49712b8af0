import { LogIn } from 'lucide-react';
import { useT } from '../i18n';
import { NoticePage, PrimaryAction, SecondaryAction } from './notice-page';

/** `/login`: an honest placeholder until the identity feature lands. */
export function LoginPage() {
  const t = useT();
  return (
    <NoticePage
      icon={LogIn}
      badge={t('auth.comingSoon')}
      title={t('login.title')}
      body={t('login.body')}
      actions={
        <>
          <PrimaryAction to="/">{t('auth.backHome')}</PrimaryAction>
          <SecondaryAction to="/dashboard">{t('auth.previewDashboard')}</SecondaryAction>
        </>
      }
    />
  );
}
