/**
 * Street-type words by where they stand, as regular-expression alternations. Collected for this project from postal
 * conventions (USPS street suffixes, Royal Mail, and common European street types).
 */

/** English street types after the name ("Baker Street", "Dora Creek"), full words; a plural `s` is allowed. */
export const ENGLISH_STREET_WORDS =
  'Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Parkway|Circle|Highway|Square|Trail|Crescent|' +
  'Close|Grove|Gardens?|Mews|Row|Walk|Rise|Hill|Heights|Park|Parade|Green|Alley|Bend|Bluff|Branch|Bridge|Brook|' +
  'Bypass|Camp|Canyon|Cape|Causeway|Cent(?:er|re)|Cliff|Common|Corner|Course|Cove|Creek|Crest|Crossing|Curve|Dale|' +
  'Dam|Divide|Estate|Expressway|Extension|Falls|Ferry|Field|Flat|Ford|Forest|Forge|Fork|Fort|Freeway|Gateway|Glen|' +
  'Harbou?r|Haven|Hollow|Inlet|Island|Isle|Junction|Key|Knoll|Lake|Landing|Light|Loaf|Lock|Lodge|Loop|Mall|Manor|' +
  'Meadow|Mill|Mission|Motorway|Mount|Mountain|Neck|Orchard|Oval|Overpass|Pass|Path|Pike|Pines?|Plain|Plaza|Point|' +
  'Port|Prairie|Quay|Radial|Ramp|Ranch|Rapid|Rest|Ridge|River|Route|Run|Shoal|Shore|Skyway|Spring|Spur|Station|' +
  'Stravenue|Stream|Summit|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Union|Valley|Viaduct|View|Village|Ville|' +
  'Vista|Wall|Well|Wharf|Yard|Embankment|Gate';

/** Their abbreviations ("Pennsylvania Ave", "Baker St."). */
export const ENGLISH_STREET_ABBREVIATIONS =
  'St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Terr|Pkwy|Cir|Hwy|Sq|Trl|Cres|Cl|Gdns|Gr|Pde|Crt|Mnr|Cv|Crk|Xing|Expy|Fwy|Jct|' +
  'Mtn|Rte|Vw|Vlg|Hts|Pt|Rdg|Sta|Tpke|Ests?|Lndg|Mdws?|Brg|Ctr';

/** Types written before the name ("Rue de la Paix 5", "Via Roma 12", "ul. Narewska 94", "Calle Mayor 5"). */
export const STREET_TYPES_BEFORE =
  'Rue|Avenue|Av\\.|Avda\\.|Avd\\.|Boulevard|Bd\\.?|Bld\\.?|Chemin|Allée|Impasse|Quai|Route|Cours|Place|Via|Viale|' +
  'Piazza|Piazzale|Corso|Vicolo|Largo|Strada|Contrada|Lungomare|Calle|C/|Carrer|Avinguda|Avenida|Paseo|Plaza|Camino|' +
  'Carretera|Ronda|Travesía|Rua|Travessa|Praça|Alameda|Estrada|Rodovia|Beco|Ladeira|Straat|ul\\.|ulica|al\\.|aleja|' +
  'os\\.|osiedle|pl\\.|plac|nám\\.|náměstí|Bulevardul|Calea|Str\\.|Rúa|trg|Οδός|Λεωφόρος|Πλατεία|Odos|Leoforos|Plateia';

/** The types of STREET_TYPES_BEFORE that are no ordinary words, so lower-case street names may follow them. */
export const LOWERCASE_SAFE_TYPES_BEFORE =
  'rue|rua|rúa|calle|carrer|avenida|avda\\.|av\\.|viale|piazza|corso|vicolo|largo|travessa|praça|alameda|ul\\.|ulica|' +
  'al\\.|aleja|trg|boulevard|chemin|allée|impasse|quai|strada|calea|odos|οδός|λεωφόρος|πλατεία';

/** Types glued to the end of the name, most of them in German, Dutch and Nordic languages ("Koskikatu", "Lindenweg"). */
export const GLUED_STREET_TYPES =
  'stra(?:ß|ss)e|str\\.|weg|gasse|allee|damm|ufer|chaussee|steig|stieg|pfad|promenade|gatan|gata|vägen|väg|gränd|torget|' +
  'stigen|backen|vej|gade|vænget|stræde|veien|vegen|veg|gate|gaten|vegur|stræti|katu|tie|kuja|polku|kaari|raitti|' +
  'tori|straat|laan|plein|gracht|kade|dijk|singel|steeg|iela|gatvė|prospektas|utca|körút|sokak|sokağı|caddesi|ulitsa';

/** Types written as a word after the name ("Erzsébet tér 19.", "Luite tee 87", "Atatürk Caddesi 5", "Berliner Straße 3"). */
export const STREET_TYPES_AFTER =
  'tér|út|utca|u\\.|körút|sor|köz|sétány|tee|mantee|puiestee|iela|gatvė|Caddesi|Sokak|Sokağı|Cad\\.|Sk\\.|Straße|Strasse|' +
  'Str\\.|Weg|Allee|Gasse|Platz|Ring|Damm|Ufer|Chaussee|Markt|Steig|Promenade|Graben|Wall|Laan|Straat|Gade|Vej|Gata|' +
  'Katu|Tie|gate|gata|gatan|vei|veien|vej|vegen|straat|weg|útja|kapu|krt\\.|rkp\\.';

/** English street types that are rarely anything else, also in lower case ("5 main st", "12 elm road"). */
export const PLAIN_ENGLISH_STREET_TYPES =
  'street|avenue|road|boulevard|lane|drive|terrace|parkway|highway|crescent|court|place|square|st|ave|rd|blvd|ln|dr';

/** Unit designators after (or before) a street line ("Apt. 4", "Suite 300", "Wohnung 3", "# 12"). */
export const UNIT_WORDS =
  'Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.|Room|Rm\\.?|Bldg\\.?|Building|Dept\\.?|Lot|Space|Trailer|' +
  'Wohnung|Whg\\.?|App\\.?|Appartement|Etage|Stock|OG|EG|Piso|Puerta|Interno|Int\\.|Scala|Esc\\.|Bloco|Andar|Sala|' +
  'lok\\.|#';
