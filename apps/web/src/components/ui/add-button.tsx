import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, type ButtonSize } from './button';

/**
 * The primary "add / create …" button of a page or card, with its plus icon.
 *
 * @example <AddButton size="sm" onClick={() => setAdding(true)}>{t('providers.add.open')}</AddButton>
 */
export function AddButton({
  onClick,
  size,
  children,
}: {
  onClick: () => void;
  size?: ButtonSize;
  children: ReactNode;
}) {
  return (
    <Button
      variant="primary"
      {...(size ? { size } : {})}
      icon={<Plus className="size-4" aria-hidden="true" />}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
