import { foldName } from './first-names.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).map(foldName));

/** Titles before a name (`Mr. Smith`, `Frau Müller`, `Prof. Dr. Meier`); never part of the name's span. */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof sir dame lady lord herr herrn frau hr fr fräulein dipl ing mag med rer nat phil jur
  mme mlle madame monsieur señor señora sr sra srta doña dott dottssa sig signor signora
`);

/**
 * Capitalised words that are not names and end a name: pronouns, articles and other sentence starters, greetings,
 * months and days (English and German), the German nouns that follow "Sehr geehrte" or "Herr/Frau" when no name
 * does, and job titles.
 */
export const NOT_NAME_WORDS = words(`
  i me my mine we us our you your yours he him his she her hers it its they them their this that these those the a an
  and or but if so as at by in on of to for from with without into onto about after before when where what which who
  whom whose why how all any some no not yes ok okay hi hello hey dear thanks thank please sorry welcome regards best
  kind cheers sincerely yours love there here then now today tomorrow yesterday also just only very
  is are was were be been am do does did has have had will would can could shall should may might must let
  user bot assistant system admin customer client guest team everyone anyone someone nobody somebody all folks
  sir madam ladies gentlemen colleagues friends guys
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  christmas easter halloween thanksgiving ramadan hanukkah new year years day days week weeks month months
  der die das den dem des ein eine einen einem einer eines ich du er sie es wir ihr mein meine meinen meinem dein
  deine sein seine unser unsere euer eure und oder aber wenn dann als am im vom zum zur beim mit von für bei nach
  aus auf an in zu über unter vor hinter neben ist sind war waren bin bist hat haben hatte hallo liebe lieber
  lieben sehr geehrte geehrter geehrten danke bitte viele grüße gruß grüßen freundliche freundlichen herzliche
  beste liebe damen herren kollegen kolleginnen kollege kollegin leute zusammen alle team kunde kundin kunden
  januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
  sonnabend weihnachten ostern heute morgen gestern
  doktor professor präsident präsidentin minister ministerin direktor direktorin pfarrer bürgermeister
  bürgermeisterin vorsitzende vorsitzender kommissar kommissarin richter richterin anwalt anwältin
  president minister director manager officer chief doctor professor captain general judge senator governor
  mayor king queen prince princess pope saint st jr junior senior phd esq
  god jesus christ lord allah buddha
  kontakt contact tel telefon telephone phone fax mobil mobile handy cell email e-mail mail adresse address anschrift
  betreff subject datum date hinweis note notes iban bic konto account bank website web url vorname nachname firma
  company ort plz postleitzahl city stadt land country desk office frage antwort question answer input output
  example beispiel summary zusammenfassung title titel description beschreibung price preis total summe status ref
  nr nummer number code pin tan password passwort login username benutzer benutzername kundennummer rechnung invoice
  order bestellung step schritt option answer task aufgabe context kontext instruction instructions anweisung
  english german french spanish italian portuguese dutch polish russian chinese japanese korean arabic turkish greek
  swedish norwegian danish finnish hungarian czech american british european african asian canadian australian
  mexican brazilian indian irish scottish welsh swiss austrian belgian deutsch deutsche deutscher deutschen
  englisch französisch spanisch italienisch
`);

/** Legal forms after a company name, in their usual spelling (`AS` is a company, `as` a word). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  (
    'Inc Ltd LLC LLP PLC Plc plc Corp Co GmbH AG KG OHG UG SE SA SAS SARL Srl SRL SpA S.p.A BV NV AB Oy AS ASA ApS ' +
    'Kft Zrt sp z.o.o s.r.o a.s d.o.o'
  ).split(' '),
);

/** Words that make a capitalised run an organisation (`Nordea Group`, `Entertainment Weekly`, `Müller GmbH`). */
export const ORGANIZATION_WORDS = words(`
  incorporated limited corporation company group holding holdings partners associates
  bank capital consulting solutions systems technologies technology tech software labs lab studio studios media
  entertainment records music press news times weekly daily magazine journal review post tribune herald gazette
  university universität college school schule institute institut academy akademie foundation stiftung association
  society club verein team hotel restaurant cafe café bar pub airlines airways motors pharma pharmaceuticals health
  healthcare hospital klinik klinikum clinic church kirche council ministry ministerium department agency office
  center centre services service international global worldwide industries enterprises ventures networks
  communications energy insurance versicherung verlag gesellschaft amt behörde bundesamt stadtwerke werke
  foods store stores shop market markets mart logistics transport partners bros brothers sons trust fund funds
  party partei union committee commission court gericht police polizei army navy force
  stadium stadion estadio estadi arena oval museum gallery library theatre theater cinema hall cathedral castle
  palace tower zoo award awards prize trophy medal cup league division championship championships tournament
  festival series show arsenal fc afc united city rovers wanderers athletic
`);

/**
 * Words that make a capitalised run a place (`Main Street`, `Lake Tahoe`, `New York`), and country and major city
 * names in English and German, which are capitalised single words like names.
 */
export const PLACE_WORDS = words(`
  street st road rd avenue ave boulevard blvd lane ln drive dr court ct place pl square sq terrace way highway
  parkway circle trail bridge park plaza station airport harbor harbour port river lake mountain mountains mount
  mt valley island islands isle beach bay coast county city town village district region province state states
  republic kingdom empire north south east west northern southern eastern western central upper lower new old
  straße strasse str platz weg gasse allee ring markt damm ufer chaussee stadt dorf kreis landkreis bezirk land
  länder tal insel bahnhof flughafen
  germany deutschland austria österreich switzerland schweiz france frankreich italy italien spain spanien portugal
  netherlands niederlande holland belgium belgien luxembourg luxemburg denmark dänemark sweden schweden norway
  norwegen finland finnland iceland island ireland irland england scotland schottland wales britain
  großbritannien poland polen czechia tschechien slovakia slowakei hungary ungarn romania rumänien bulgaria
  bulgarien greece griechenland cyprus zypern turkey türkei russia russland ukraine belarus estonia estland latvia
  lettland lithuania litauen croatia kroatien serbia serbien slovenia slowenien bosnia albania albanien
  macedonia montenegro moldova georgia armenia azerbaijan kazakhstan israel palestine lebanon syria jordan iraq
  iran afghanistan pakistan india indien china japan korea vietnam thailand cambodia laos myanmar malaysia
  singapore indonesia indonesien philippines australia australien zealand canada kanada america amerika usa
  mexico mexiko brazil brasilien argentina argentinien chile peru colombia kolumbien venezuela ecuador bolivia
  uruguay paraguay cuba kuba egypt ägypten morocco marokko algeria tunisia libya nigeria ghana kenya ethiopia
  tanzania uganda africa afrika europe europa asia asien arabia emirates qatar kuwait oman yemen
  berlin hamburg münchen munich köln cologne frankfurt stuttgart düsseldorf dortmund essen leipzig bremen dresden
  hannover nürnberg nuremberg duisburg bochum wuppertal bielefeld bonn münster mannheim karlsruhe augsburg
  wiesbaden kiel lübeck rostock potsdam erfurt mainz freiburg heidelberg wien vienna graz linz salzburg innsbruck
  zürich zurich genf geneva basel bern lausanne london paris rome rom madrid barcelona lisbon lissabon amsterdam
  rotterdam brussels brüssel copenhagen kopenhagen stockholm oslo helsinki dublin edinburgh manchester liverpool
  birmingham glasgow warsaw warschau prague prag budapest bucharest athens athen istanbul moscow moskau kyiv kiev
  milan mailand naples neapel venice venedig florence florenz tokyo beijing peking shanghai delhi mumbai sydney
  melbourne toronto vancouver montreal york angeles chicago houston boston seattle francisco washington miami
  atlanta dallas denver detroit philadelphia phoenix vegas orleans
`);
