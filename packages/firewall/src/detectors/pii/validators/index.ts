export { isLuhnValid } from './is-luhn-valid.js';
export { IBAN_LENGTHS, isValidIban } from './is-valid-iban.js';
export { isValidSsn } from './is-valid-ssn.js';
export { isValidSteuerId } from './is-valid-steuer-id.js';
