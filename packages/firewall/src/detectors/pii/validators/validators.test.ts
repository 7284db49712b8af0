import { describe, expect, it } from 'vitest';
import { isLuhnValid, isValidIban, isValidSsn, isValidSteuerId } from './index.js';

describe('PII validators', () => {
  it('checks card numbers with Luhn', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('378282246310005')).toBe(true);
  });

  it('checks IBANs by country length and mod 97', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('at611904300234573201')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('XX89370400440532013000')).toBe(false);
  });

  it('checks German tax ids by check digit and digit rule', () => {
    expect(isValidSteuerId('86095742719')).toBe(true);
    expect(isValidSteuerId('47036892816')).toBe(true);
    expect(isValidSteuerId('86095742718')).toBe(false); // wrong check digit
    expect(isValidSteuerId('06095742719')).toBe(false); // leading zero
    expect(isValidSteuerId('12345678903')).toBe(false); // all ten digits distinct
    expect(isValidSteuerId('11145678903')).toBe(false); // a digit three times in a row
  });

  it('checks SSN ranges and rejects example numbers', () => {
    expect(isValidSsn('536901234')).toBe(true);
    expect(isValidSsn('000121234')).toBe(false);
    expect(isValidSsn('666121234')).toBe(false);
    expect(isValidSsn('912121234')).toBe(false);
    expect(isValidSsn('536001234')).toBe(false);
    expect(isValidSsn('536900000')).toBe(false);
    expect(isValidSsn('078051120')).toBe(false);
  });
});
