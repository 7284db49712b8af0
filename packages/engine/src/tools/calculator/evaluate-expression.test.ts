import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './evaluate-expression.js';

describe('evaluateExpression', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['10 % 4', 2],
    ['2 ^ 10', 1024],
    ['2 ** 10', 1024],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['(-2) ^ 2', 4],
    ['2 ^ -1', 0.5],
    ['--3', 3],
    ['+4 - -4', 8],
    ['.5 + 1.5e2', 150.5],
    ['sqrt(16) + abs(-3)', 7],
    ['round(3.14159, 2)', 3.14],
    ['round(2.5)', 3],
    ['min(4, 2, 8) + max(1, 9)', 11],
    ['log(1000)', 3],
    ['log(8, 2)', 3],
    ['ln(e)', 1],
    ['floor(-1.5) + ceil(1.2)', 0],
    ['hypot(3, 4)', 5],
    ['cos(0) + sin(0)', 1],
    ['2 * PI', 2 * Math.PI],
    ['  7  ', 7],
  ])('%s = %d', (expression, expected) => {
    expect(evaluateExpression(expression)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['1 / 0', /Division by zero/],
    ['5 % 0', /Division by zero/],
    ['sqrt(-1)', /not a finite number/],
    ['10 ^ 400', /not a finite number/],
    ['2 +', /Unexpected end/],
    ['(1 + 2', /Expected "\)"/],
    ['1 + 2)', /Unexpected "\)"/],
    ['foo(1)', /Unknown function "foo"/],
    ['x + 1', /Unknown name "x"/],
    ['constructor(1)', /Unknown function/],
    ['__proto__', /Unknown name/],
    ['max()', /takes 1 to 100/],
    ['pow(2)', /takes 2/],
    ['1; process.exit()', /Unexpected character ";"/],
    ['alert`1`', /Unexpected character/],
    ['2 3', /Unexpected number 3/],
    ['round(1.5, 99)', /not a finite number/],
  ])('refuses %s', (expression, message) => {
    expect(() => evaluateExpression(expression)).toThrow(message);
  });

  it('refuses very long and very deeply nested expressions without overflowing the stack', () => {
    expect(() => evaluateExpression(`${'1+'.repeat(600)}1`)).toThrow(/longer than/);
    expect(() => evaluateExpression(`${'('.repeat(300)}1${')'.repeat(300)}`)).toThrow(/nested too deeply/);
    expect(() => evaluateExpression(`${'-'.repeat(500)}1`)).toThrow(/nested too deeply/);
  });
});
