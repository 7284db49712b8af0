// Numbers published as examples (advertising, documentation) and never issued.
const EXAMPLES = new Set(['078051120', '219099999', '123456789', '111111111', '457555462']);

/**
 * Whether nine digits can be a US Social Security number: area 001–899 except 666, group 01–99, serial 0001–9999,
 * and not one of the well-known example numbers.
 *
 * @example isValidSsn('536901234') // true
 */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || EXAMPLES.has(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  return area > 0 && area < 900 && area !== 666 && group > 0 && serial > 0;
}
