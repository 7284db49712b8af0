import type { MessageKey, Messages } from './en';

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Builds `t` for one dictionary. `{name}` placeholders are replaced from `values`; unknown placeholders
 * stay visible so a missing value is noticed rather than silently dropped.
 *
 * @example
 * const t = createTranslator({ messages: de });
 * t('pricing.tokens', { count: '1.000' }) // '1.000 Tokens'
 */
export function createTranslator({ messages }: { messages: Messages }): Translate {
  return (key, values) => {
    const template = messages[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : String(value);
    });
  };
}
