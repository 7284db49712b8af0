import { Compass } from 'lucide-react';
import { useT } from '../i18n';
import { NoticePage, PrimaryAction } from './notice-page';

/** Any path no route matches, including unknown `/dashboard/...` paths. */
export function NotFoundPage() {
  const t = useT();
  return (
    <NoticePage
      icon={Compass}
      title={t('notFound.title')}
      body={t('notFound.body')}
      actions={<PrimaryAction to="/">{t('notFound.home')}</PrimaryAction>}
    />
  );
}
