import { SendHorizontal, Square } from 'lucide-react';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { Button } from '../../../components/ui';
import { useT } from '../../../i18n';

/** The message box: Enter sends, Shift+Enter adds a line; while an answer streams the button stops it. */
export function ChatComposer({
  busy,
  disabled,
  onSend,
  onStop,
}: {
  busy: boolean;
  disabled: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const query = text.trim();
    if (!query || busy || disabled) return;
    setText('');
    onSend(query);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form
      onSubmit={submit}
      className="flex items-end gap-2 rounded-2xl border border-zinc-300 bg-white p-2 shadow-sm focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <label htmlFor="chat-input" className="sr-only">
        {t('chat.inputLabel')}
      </label>
      <textarea
        id="chat-input"
        rows={2}
        value={text}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('chat.placeholder')}
        className="max-h-48 min-h-11 flex-1 resize-y bg-transparent px-2 py-1.5 text-[15px] placeholder:text-zinc-400 focus:outline-none disabled:cursor-not-allowed"
      />
      {busy ? (
        <Button variant="secondary" onClick={onStop} icon={<Square className="size-4" aria-hidden="true" />}>
          {t('chat.stop')}
        </Button>
      ) : (
        <Button
          type="submit"
          variant="primary"
          disabled={disabled || !text.trim()}
          icon={<SendHorizontal className="size-4" aria-hidden="true" />}
        >
          {t('chat.send')}
        </Button>
      )}
    </form>
  );
}
