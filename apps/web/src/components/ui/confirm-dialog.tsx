import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The confirm button's label, naming the action ("Delete agent"), never just "OK". */
  confirmLabel: string;
  onConfirm: () => void;
  /** While the action runs: the confirm button spins and both stay disabled. */
  pending?: boolean;
  /** Destructive actions get a red button. */
  destructive?: boolean;
  /** Shown under the description, e.g. an ErrorNotice when the action failed. */
  children?: ReactNode;
}

/**
 * Asks before an action that cannot be undone.
 *
 * @example
 * <ConfirmDialog open={open} onOpenChange={setOpen} title="Revoke key?" description="Apps using it stop working."
 *   confirmLabel="Revoke key" destructive onConfirm={() => revoke.mutate(id)} pending={revoke.isPending} />
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  pending = false,
  destructive = false,
  children,
}: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)} disabled={pending}>
            {t('ui.cancel')}
          </Button>
          <Button variant={destructive ? 'danger' : 'primary'} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
