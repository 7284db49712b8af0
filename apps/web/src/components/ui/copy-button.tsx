import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Button } from './button';

/**
 * Copies a text to the clipboard and says so for two seconds.
 *
 * @example
 * <CopyButton text={secret} />
 */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the text stays visible to copy by hand.
    }
  };
  return (
    <Button
      size="sm"
      onClick={copy}
      icon={copied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
    >
      <span aria-live="polite">{copied ? t('ui.copied') : (label ?? t('ui.copy'))}</span>
    </Button>
  );
}
