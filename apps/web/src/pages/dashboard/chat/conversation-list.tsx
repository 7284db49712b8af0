import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessageSquarePlus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { type Conversation, conversationsQueryOptions, deleteConversation } from '../../../api';
import { Button, ConfirmDialog, cx, ErrorNotice, IconButton, SkeletonRows } from '../../../components/ui';
import { useT } from '../../../i18n';

/** The caller's conversations with the app: pick one to continue, start a new one, or delete one. */
export function ConversationList({
  appId,
  activeId,
  onSelect,
  onNew,
}: {
  appId: string;
  activeId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const conversations = useQuery(conversationsQueryOptions(appId));
  const [deleting, setDeleting] = useState<Conversation | null>(null);
  const remove = useMutation({
    mutationFn: deleteConversation,
    onSuccess: async (_, { conversationId }) => {
      setDeleting(null);
      if (conversationId === activeId) onNew();
      await queryClient.invalidateQueries({ queryKey: ['conversations', appId] });
    },
  });
  return (
    <nav aria-labelledby="conversations-title" className="flex min-h-0 flex-col gap-3">
      <Button onClick={onNew} icon={<MessageSquarePlus className="size-4" aria-hidden="true" />}>
        {t('chat.newChat')}
      </Button>
      <h2 id="conversations-title" className="px-1 font-medium text-xs text-zinc-500 uppercase tracking-wide">
        {t('chat.conversations')}
      </h2>
      {conversations.isPending ? (
        <SkeletonRows label={t('ui.loading')} rows={4} />
      ) : conversations.isError ? (
        <ErrorNotice
          title={t('chat.loadConversationsFailed')}
          error={conversations.error}
          onRetry={() => void conversations.refetch()}
        />
      ) : conversations.data.data.length === 0 ? (
        <p className="px-1 text-sm text-zinc-500">{t('chat.noConversations')}</p>
      ) : (
        <ul className="-mx-1 min-h-0 space-y-0.5 overflow-y-auto px-1">
          {conversations.data.data.map((conversation) => (
            <li key={conversation.id} className="group flex items-center gap-1">
              <button
                type="button"
                onClick={() => onSelect(conversation.id)}
                aria-current={conversation.id === activeId ? 'true' : undefined}
                className={cx(
                  'min-w-0 flex-1 truncate rounded-lg px-2.5 py-2 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800',
                  conversation.id === activeId &&
                    'bg-brand-50 font-medium text-brand-700 dark:bg-brand-950 dark:text-brand-300',
                )}
              >
                {conversation.name || conversation.id.slice(0, 8)}
              </button>
              <IconButton
                label={t('chat.deleteConversation')}
                onClick={() => setDeleting(conversation)}
                className="opacity-60 group-hover:opacity-100"
              >
                <Trash2 className="size-4" aria-hidden="true" />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={t('chat.deleteTitle')}
        description={t('chat.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('chat.deleteConfirm')}
        destructive
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ appId, conversationId: deleting.id })}
      >
        {remove.isError ? <ErrorNotice title={t('chat.deleteConversation')} error={remove.error} /> : null}
      </ConfirmDialog>
    </nav>
  );
}
