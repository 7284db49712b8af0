import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyze.js';
import { parsePolicy } from '../../policy/parse-policy.js';
import { createPseudonymVault } from '../../redact/create-pseudonym-vault.js';
import { coveredTexts, detectWith } from '../../testing/detect-with.js';
import { piiDetector } from './pii-detector.js';

function found(text: string, options?: Record<string, unknown>): [string | undefined, string][] {
  const findings = detectWith({ detector: piiDetector, text, options });
  const covered = coveredTexts({ text, findings });
  return findings.map((finding, index) => [finding.type, covered[index] ?? '']);
}

describe('pii detector', () => {
  it('finds e-mail addresses, not URL credentials or handles', () => {
    expect(found('Schreib an max.mustermann@example.de oder jane+tag@mail.example.co.uk.')).toEqual([
      ['EMAIL', 'max.mustermann@example.de'],
      ['EMAIL', 'jane+tag@mail.example.co.uk'],
    ]);
    expect(found('mailto:jane@example.org')).toEqual([['EMAIL', 'jane@example.org']]);
    expect(found('postgres://app:pw@db.example.org/x, @handle, user@localhost, a@b')).toEqual([]);
  });

  it('finds German phone numbers in their usual forms', () => {
    expect(found('Tel. +49 30 1234567, Büro 030/1234567, mobil 0171 2345678, Fax (030) 12345-67')).toEqual([
      ['PHONE', '+49 30 1234567'],
      ['PHONE', '030/1234567'],
      ['PHONE', '0171 2345678'],
      ['PHONE', '(030) 12345-67'],
    ]);
    expect(found('+49 (0)89 12 34 56 78 oder 0049 89 1234567')).toEqual([
      ['PHONE', '+49 (0)89 12 34 56 78'],
      ['PHONE', '0049 89 1234567'],
    ]);
  });

  it('finds international and North American numbers', () => {
    expect(found('Call (555) 123-4567 or 555-123-4567 x204, or +1-202-555-0143, +44 20 7946 0958')).toEqual([
      ['PHONE', '(555) 123-4567'],
      ['PHONE', '555-123-4567 x204'],
      ['PHONE', '+1-202-555-0143'],
      ['PHONE', '+44 20 7946 0958'],
    ]);
    expect(found('my phone: 467 3395 12')).toEqual([['PHONE', '467 3395 12']]);
    expect(found("card number 630427373398, driver's license number 2270-66-1551")).toEqual([]);
  });

  it('does not take dates, versions, amounts or plain numbers for phones', () => {
    expect(
      found(
        'Am 12.03.2024 um 10:30, Version 1.2.3, 2019-2024, 1.234.567 EUR, 3.14159, order 1234567, ISBN 978-3-16-148410-0',
      ),
    ).toEqual([]);
  });

  it('finds IBANs with a valid checksum, grouped, compact, lower case or wrapped onto the next line', () => {
    expect(found('IBAN: DE89 3704 0044 0532 0130 00 und GB82WEST12345698765432')).toEqual([
      ['IBAN', 'DE89 3704 0044 0532 0130 00'],
      ['IBAN', 'GB82WEST12345698765432'],
    ]);
    expect(found('iban at61 1904 3002 3457 3201')).toEqual([['IBAN', 'at61 1904 3002 3457 3201']]);
    expect(found('IBAN DE89 3704 0044\n0532 0130 00 bitte')).toEqual([['IBAN', 'DE89 3704 0044\n0532 0130 00']]);
    expect(found('DE89 3704 0044 0532 0130 01 (Tippfehler)')).toEqual([]);
  });

  it('finds Luhn-valid card numbers with spaces or dashes, never invalid ones', () => {
    expect(found('Karte 4111 1111 1111 1111, Amex 3782-822463-10005, card 5555555555554444')).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['CREDIT_CARD', '3782-822463-10005'],
      ['CREDIT_CARD', '5555555555554444'],
    ]);
    expect(found('Karte 4111 1111 1111 1112 and tracking 1234567890123456')).toEqual([]);
  });

  it('finds German tax ids and US SSNs by their checks', () => {
    expect(found('Steuer-ID 86095742719, auch 47 036 892 816')).toEqual([
      ['TAX_ID', '86095742719'],
      ['TAX_ID', '47 036 892 816'],
    ]);
    expect(found('Steuer-ID 86095742718')).toEqual([]);
    expect(found('SSN 536-90-1234, also SSN: 536901235')).toEqual([
      ['US_SSN', '536-90-1234'],
      ['US_SSN', '536901235'],
    ]);
    expect(found('ref 666-12-3456 and 536-00-1234 and 536901234')).toEqual([]);
  });

  it('finds public IP addresses, leaving private ones unless asked', () => {
    expect(found('Server 203.0.113.195, intern 192.168.0.1 und 10.0.0.2, v6 2001:db8::8a2e:370:7334')).toEqual([
      ['IP_ADDRESS', '203.0.113.195'],
      ['IP_ADDRESS', '2001:db8::8a2e:370:7334'],
    ]);
    expect(found('intern 192.168.0.1', { privateIps: true })).toEqual([['IP_ADDRESS', '192.168.0.1']]);
    expect(found('at 10:30:00, std::cout, 999.1.1.1')).toEqual([]);
  });

  it('finds dates of birth only after a birth cue', () => {
    expect(
      found(
        'Max Mustermann, geb. 12.03.1985; Geburtsdatum: 1985-03-12; born on March 12, 1985; DOB 3/12/85; geboren am 12. März 1985',
      ),
    ).toEqual([
      ['PERSON', 'Max Mustermann'],
      ['DATE_OF_BIRTH', '12.03.1985'],
      ['DATE_OF_BIRTH', '1985-03-12'],
      ['DATE_OF_BIRTH', 'March 12, 1985'],
      ['DATE_OF_BIRTH', '3/12/85'],
      ['DATE_OF_BIRTH', '12. März 1985'],
    ]);
    expect(found('Der Termin ist am 12.03.1985 und am 1985-03-12.')).toEqual([]);
  });

  it('finds German and US postal addresses, also across lines', () => {
    expect(found('Bitte an Hauptstraße 5, 10115 Berlin schicken.')).toEqual([
      ['ADDRESS', 'Hauptstraße 5, 10115 Berlin'],
    ]);
    expect(found('Karl-Marx-Str. 12a\n04109 Leipzig')).toEqual([['ADDRESS', 'Karl-Marx-Str. 12a\n04109 Leipzig']]);
    expect(found('Wir wohnen Am Markt 3.')).toEqual([['ADDRESS', 'Am Markt 3']]);
    expect(found('Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 please')).toEqual([
      ['ADDRESS', '1600 Pennsylvania Ave NW, Washington, DC 20500'],
    ]);
    expect(found('She lives at 221 Baker Street.')).toEqual([['ADDRESS', '221 Baker Street']]);
    expect(found('Hohenzollernring 30, 50672 Köln')).toEqual([['ADDRESS', 'Hohenzollernring 30, 50672 Köln']]);
    expect(found('Platz 1 belegt, Weg 3 frei, Ring 2, Parkplatz 12, During 1971, Spring 2020')).toEqual([]);
  });

  it('finds person names and prefers more specific types where they overlap', () => {
    expect(found('Sehr geehrter Herr Becker, schicken Sie es an Jana Krüger, jana.krueger@example.de.')).toEqual([
      ['PERSON', 'Becker'],
      ['PERSON', 'Jana Krüger'],
      ['EMAIL', 'jana.krueger@example.de'],
    ]);
    expect(found('Name: Anna Berg\nAddress: 12 Anna Street, Springfield, IL 62704')).toEqual([
      ['PERSON', 'Anna Berg'],
      ['ADDRESS', '12 Anna Street, Springfield, IL 62704'],
    ]);
    expect(found('Hello Anna Berg', { types: ['EMAIL'] })).toEqual([]);
  });

  it('redacts and pseudonymizes names and addresses through analyzeText', () => {
    const text = 'Please write to Mr. John Smith, 221 Baker Street, London NW1 6XE, and copy Anna Berg.';
    // The default policy leaves names alone (answers name people all the time) and redacts the address.
    const byDefault = analyzeText({ text, direction: 'output' });
    expect(byDefault.redactedText).toBe('Please write to Mr. John Smith, [ADDRESS], and copy Anna Berg.');
    const withNames = parsePolicy({
      version: 1,
      detectors: { pii: { action: 'redact', options: { types: ['PERSON', 'ADDRESS'] } } },
    });
    const redacted = analyzeText({ text, direction: 'output', policy: withNames });
    expect(redacted.action).toBe('redact');
    expect(redacted.redactedText).toBe('Please write to Mr. [PERSON], [ADDRESS], and copy [PERSON].');

    // The injection classifier scores this letter request right at its threshold; this test is about PII.
    const policy = parsePolicy({
      version: 1,
      detectors: { pii: { action: 'pseudonymize' }, injection: { enabled: false } },
    });
    const vault = createPseudonymVault();
    const verdict = analyzeText({ text, direction: 'input', policy, vault });
    expect(verdict.redactedText).toBe('Please write to Mr. <PERSON_1>, <ADDRESS_1>, and copy <PERSON_2>.');
    expect(vault.restore('Dear <PERSON_1>, I copied <PERSON_2>.')).toBe('Dear John Smith, I copied Anna Berg.');
  });

  it('limits itself to the configured types', () => {
    expect(found('a@b.example, 030 1234567', { types: ['PHONE'] })).toEqual([['PHONE', '030 1234567']]);
  });

  it('reports offsets in the original text when invisible or fullwidth characters hide a value', () => {
    expect(found('mail ja\u200Bne@exa\u200Bmple.org now')).toEqual([['EMAIL', 'ja\u200Bne@exa\u200Bmple.org']]);
    expect(found('Karte ４１１１ １１１１ １１１１ １１１１ bitte')).toEqual([
      ['CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１'],
    ]);
  });
});
