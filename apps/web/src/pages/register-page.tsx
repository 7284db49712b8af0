import { UserPlus } from 'lucide-react';
import { useT } from '../i18n';
import { NoticePage, PrimaryAction, SecondaryAction } from './notice-page';

/** `/register`: an honest placeholder until the identity feature lands. */
export function RegisterPage() {
  const t = useT();
  return (
    <NoticePage
      icon={UserPlus}
      badge={t('auth.comingSoon')}
      title={t('register.title')}
      body={t('register.body')}
      actions={
        <>
          <PrimaryAction to="/">{t('auth.backHome')}</PrimaryAction>
          <SecondaryAction to="/dashboard">{t('auth.previewDashboard')}</SecondaryAction>
        </>
      }
    />
  );
}
