/**
 * Whether 11 digits are a valid German tax identification number (Steuerliche Identifikationsnummer): no leading
 * zero; among the first ten digits exactly one digit occurs twice or three times (three times never all adjacent)
 * and every other digit at most once; and the eleventh is the ISO 7064 MOD 11,10 check digit.
 *
 * @example isValidSteuerId('86095742719') // true
 */
export function isValidSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digits.charCodeAt(i) - 48] = (counts[digits.charCodeAt(i) - 48] ?? 0) + 1;
  const repeated = counts.filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}
