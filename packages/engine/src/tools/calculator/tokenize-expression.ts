import { AppError } from '@sigmacode/core';

/** One token of an arithmetic expression. */
export type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'operator'; value: '+' | '-' | '*' | '/' | '%' | '^'; at: number }
  | { kind: 'paren'; value: '(' | ')'; at: number }
  | { kind: 'comma'; at: number }
  | { kind: 'end'; at: number };

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Splits an expression into numbers, names, operators (`**` is read as `^`), parentheses and commas. Anything else
 * is VALIDATION_FAILED naming the position.
 *
 * @example
 * tokenizeExpression('2 * pi').map((token) => token.kind) // ['number', 'operator', 'name', 'end']
 */
export function tokenizeExpression(expression: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < expression.length) {
    const char = expression.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    const rest = expression.slice(at, at + 400);
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toLowerCase(), at });
      at += name[0].length;
      continue;
    }
    if (rest.startsWith('**')) {
      tokens.push({ kind: 'operator', value: '^', at });
      at += 2;
      continue;
    }
    if (char === '+' || char === '-' || char === '*' || char === '/' || char === '%' || char === '^') {
      tokens.push({ kind: 'operator', value: char, at });
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: 'paren', value: char, at });
    } else if (char === ',') {
      tokens.push({ kind: 'comma', at });
    } else {
      throw new AppError('VALIDATION_FAILED', {
        message: `Unexpected character "${char}" at position ${at + 1}.`,
        details: { position: at + 1 },
      });
    }
    at += 1;
  }
  tokens.push({ kind: 'end', at });
  return tokens;
}
