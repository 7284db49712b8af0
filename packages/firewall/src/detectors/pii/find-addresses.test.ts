import { describe, expect, it } from 'vitest';
import { findAddresses } from './find-addresses.js';

const addresses = (text: string): string[] => findAddresses(text).map((entity) => text.slice(entity.start, entity.end));

describe('findAddresses', () => {
  it('finds German addresses with postcode and city, also on the next line', () => {
    expect(addresses('Wohnt in der Musterstraße 12a, 10115 Berlin.')).toEqual(['Musterstraße 12a, 10115 Berlin']);
    expect(addresses('Karl-Marx-Str. 12a\n04109 Leipzig')).toEqual(['Karl-Marx-Str. 12a\n04109 Leipzig']);
    expect(addresses('Hauptstr. 5 und Am Markt 3, Berliner Straße 3-5')).toEqual([
      'Hauptstr. 5',
      'Am Markt 3',
      'Berliner Straße 3-5',
    ]);
    expect(addresses('Hohenzollernring 30, 50672 Köln')).toEqual(['Hohenzollernring 30, 50672 Köln']);
  });

  it('finds US and UK addresses with units, city, state, ZIP and postcode lines', () => {
    expect(addresses('Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 please')).toEqual([
      '1600 Pennsylvania Ave NW, Washington, DC 20500',
    ]);
    expect(addresses('221 Baker Street\nApt 4B\nSpringfield, IL 62704')).toEqual([
      '221 Baker Street\nApt 4B\nSpringfield, IL 62704',
    ]);
    expect(addresses('Flat 2, 14 Crown Street\nLondon\nSW1A 1AA')).toEqual([
      'Flat 2, 14 Crown Street\nLondon\nSW1A 1AA',
    ]);
    expect(addresses('P.O. Box 1234, Austin, TX 78701')).toEqual(['P.O. Box 1234, Austin, TX 78701']);
    expect(addresses('PSC 3294, Box 9168\nAPO AA 61487')).toEqual(['PSC 3294, Box 9168\nAPO AA 61487']);
  });

  it('finds European street types before, after and glued to the name', () => {
    expect(addresses('Rue de la Paix 5, 75002 Paris; Via Roma 12, 00184 Roma')).toEqual([
      'Rue de la Paix 5, 75002 Paris',
      'Via Roma 12, 00184 Roma',
    ]);
    expect(addresses('Storgatan 5, 111 22 Stockholm and ul. Narewska 94')).toEqual([
      'Storgatan 5, 111 22 Stockholm',
      'ul. Narewska 94',
    ]);
    expect(addresses('at 6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677')).toEqual([
      '6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677',
    ]);
    expect(addresses('Erzsébet tér 19, Budapest')).toEqual(['Erzsébet tér 19, Budapest']);
  });

  it('takes streets without a type only with an address cue or address lines after them', () => {
    expect(addresses('My address: Pagari 18, Tallinn')).toEqual(['Pagari 18, Tallinn']);
    expect(addresses('20789 Allika 46\n Suite 501\n Riisa')).toEqual(['20789 Allika 46\n Suite 501\n Riisa']);
    expect(addresses('He lives on Maple Street.')).toEqual(['Maple Street']);
    expect(addresses('Pagari 18 was a good chapter. Maple Street is a film.')).toEqual([]);
  });

  it('leaves numbers that are no addresses alone', () => {
    expect(addresses('Platz 1 belegt, Weg 3 frei, Ring 2, Parkplatz 12, During 1971, Spring 2020')).toEqual([]);
    expect(addresses('Windows 10, Version 2.3, Chapter 5, I have 3 kids, page 12, on 12 March 2020')).toEqual([]);
    expect(addresses("You've received $2 657.81 via ACH In from STRIPE; 3 kids cross the road")).toEqual([]);
    expect(addresses('Avengers Vol 3 #0 and Amazing Spider-Man Vol 2 #57-58')).toEqual([]);
  });
});
