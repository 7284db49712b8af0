import { tool } from 'ai';
import { z } from 'zod';
import type { BuiltinTool } from '../builtin-tool.js';
import { evaluateExpression, MAX_EXPRESSION_LENGTH } from './evaluate-expression.js';

const CalculatorInputSchema = z.object({
  expression: z
    .string()
    .min(1)
    .max(MAX_EXPRESSION_LENGTH)
    .describe('An arithmetic expression, e.g. "(4 + 6) * 3 ^ 2" or "round(sqrt(2), 4)"'),
});

/**
 * `calculator`: evaluates arithmetic exactly as written (own parser, no eval). The result is rounded to 15
 * significant digits, so 0.1 + 0.2 answers 0.3.
 *
 * @example
 * await tools.calculator.execute({ expression: '2^10' }, options) // { expression: '2^10', result: 1024 }
 */
export const calculatorTool: BuiltinTool = {
  name: 'calculator',
  create: () =>
    tool({
      description:
        'Evaluate an arithmetic expression. Supports + - * / % ^, parentheses, pi, e, and the functions sqrt, cbrt, ' +
        'abs, round(x, digits), floor, ceil, trunc, sign, min, max, pow, hypot, exp, ln, log (base 10, or log(x, ' +
        'base)), log2, log10, sin, cos, tan, asin, acos, atan, atan2 (radians).',
      inputSchema: CalculatorInputSchema,
      execute: async ({ expression }) => ({
        expression,
        result: Number(evaluateExpression(expression).toPrecision(15)),
      }),
    }),
};
