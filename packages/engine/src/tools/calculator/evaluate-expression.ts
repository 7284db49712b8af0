import { AppError } from '@sigmacode/core';
import { MATH_CONSTANTS, MATH_FUNCTIONS } from './math-functions.js';
import { type Token, tokenizeExpression } from './tokenize-expression.js';

/** Longest expression accepted, and deepest nesting of parentheses and unary signs. */
export const MAX_EXPRESSION_LENGTH = 1_000;
const MAX_DEPTH = 100;

/**
 * Evaluates an arithmetic expression with its own parser — never `eval` or `Function`. Knows `+ - * / % ^`
 * (`**` too; `^` binds right and tighter than a leading minus: `-2^2` is -4), parentheses, the constants pi, e and
 * tau, and the functions of `MATH_FUNCTIONS` (sqrt, abs, round, min, max, log, sin, …). Errors — syntax, unknown
 * names, division by zero, a result that is not a finite number — are VALIDATION_FAILED.
 *
 * @example
 * evaluateExpression('2 * (3 + 4) ^ 2') // 98
 * evaluateExpression('round(sqrt(2), 3)') // 1.414
 */
export function evaluateExpression(expression: string): number {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw invalid(`The expression is longer than ${MAX_EXPRESSION_LENGTH} characters.`);
  }
  const value = parseTokens(tokenizeExpression(expression));
  if (!Number.isFinite(value)) throw invalid('The result is not a finite number.');
  return value;
}

/** A recursive-descent parser over the tokens, one function per precedence level. */
function parseTokens(tokens: Token[]): number {
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index] ?? { kind: 'end', at: 0 };
  const take = (): Token => {
    const token = peek();
    if (token.kind !== 'end') index += 1;
    return token;
  };
  const isOperator = (token: Token, ...operators: string[]): token is Extract<Token, { kind: 'operator' }> =>
    token.kind === 'operator' && operators.includes(token.value);
  const isParen = (token: Token, paren: '(' | ')'): boolean => token.kind === 'paren' && token.value === paren;
  const nested = (parse: () => number): number => {
    depth += 1;
    if (depth > MAX_DEPTH) throw invalid('The expression is nested too deeply.');
    try {
      return parse();
    } finally {
      depth -= 1;
    }
  };
  const expectParen = (paren: '(' | ')'): void => {
    const token = take();
    if (!isParen(token, paren))
      throw invalid(`Expected "${paren}" at position ${token.at + 1}, found ${describe(token)}.`);
  };

  const additive = (): number => {
    let value = multiplicative();
    for (let next = peek(); isOperator(next, '+', '-'); next = peek()) {
      index += 1;
      const right = multiplicative();
      value = next.value === '+' ? value + right : value - right;
    }
    return value;
  };

  const multiplicative = (): number => {
    let value = unary();
    for (let next = peek(); isOperator(next, '*', '/', '%'); next = peek()) {
      index += 1;
      const right = unary();
      if (next.value === '*') value *= right;
      else if (right === 0) throw invalid(`Division by zero at position ${next.at + 1}.`);
      else value = next.value === '/' ? value / right : value % right;
    }
    return value;
  };

  const unary = (): number => {
    const next = peek();
    if (isOperator(next, '+', '-')) {
      index += 1;
      const operand = nested(unary);
      return next.value === '-' ? -operand : operand;
    }
    return power();
  };

  // The exponent is parsed as a unary expression, so `^` binds right (2^3^2 = 2^9) and allows 2^-1.
  const power = (): number => {
    const base = primary();
    if (!isOperator(peek(), '^')) return base;
    index += 1;
    return base ** nested(unary);
  };

  const primary = (): number => {
    const token = take();
    if (token.kind === 'number') return token.value;
    if (isParen(token, '(')) {
      const value = nested(additive);
      expectParen(')');
      return value;
    }
    if (token.kind === 'name') {
      if (isParen(peek(), '(')) return call(token);
      const constant = Object.hasOwn(MATH_CONSTANTS, token.value) ? MATH_CONSTANTS[token.value] : undefined;
      if (constant === undefined) throw invalid(`Unknown name "${token.value}" at position ${token.at + 1}.`);
      return constant;
    }
    throw invalid(`Unexpected ${describe(token)} at position ${token.at + 1}.`);
  };

  const call = (name: Extract<Token, { kind: 'name' }>): number => {
    const fn = Object.hasOwn(MATH_FUNCTIONS, name.value) ? MATH_FUNCTIONS[name.value] : undefined;
    if (!fn) throw invalid(`Unknown function "${name.value}" at position ${name.at + 1}.`);
    expectParen('(');
    const args: number[] = [];
    if (!isParen(peek(), ')')) {
      args.push(nested(additive));
      while (peek().kind === 'comma') {
        index += 1;
        args.push(nested(additive));
      }
    }
    expectParen(')');
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      const expected = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs}`;
      throw invalid(`${name.value} takes ${expected} argument(s), got ${args.length}.`);
    }
    return fn.apply(args);
  };

  const value = additive();
  const next = peek();
  if (next.kind !== 'end') throw invalid(`Unexpected ${describe(next)} at position ${next.at + 1}.`);
  return value;
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'end of expression';
    case 'comma':
      return '","';
    case 'number':
      return `number ${token.value}`;
    default:
      return `"${token.value}"`;
  }
}

function invalid(message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message });
}
