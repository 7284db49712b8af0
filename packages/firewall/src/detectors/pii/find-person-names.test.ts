import { describe, expect, it } from 'vitest';
import { findPersonNames } from './find-person-names.js';

const names = (text: string): string[] => findPersonNames(text).map((entity) => text.slice(entity.start, entity.end));

describe('findPersonNames', () => {
  it('finds English names after honorifics, introductions and labels, without the honorific', () => {
    expect(names('Hello, this is Mr. John Smith. Who are you?')).toEqual(['John Smith']);
    expect(names('Please correct it to Dr. Cettina Fanucci?')).toEqual(['Cettina Fanucci']);
    expect(names('Hi, my name is Ola Nordmann and I need help.')).toEqual(['Ola Nordmann']);
    expect(names('Date: 2020-06-20\nName: Kamila Červinková\nPhone: 451 5986')).toEqual(['Kamila Červinková']);
    expect(names("What's your last name? Jónás")).toEqual(['Jónás']);
    expect(names('my name is borna jerković but everyone calls me Borna')).toEqual(['borna jerković', 'Borna']);
  });

  it('finds names from known first names, with particles and initials', () => {
    expect(names('Follow up with Jan Jílek in a couple of months.')).toEqual(['Jan Jílek']);
    expect(names('Krisztián Szöllösy listed his top 20 songs.')).toEqual(['Krisztián Szöllösy']);
    expect(names('Ask Anna-Lena van der Berg or Ruth R. Montez.')).toEqual([
      'Anna-Lena van der Berg',
      'Ruth R. Montez',
    ]);
    expect(names("It was Misty's idea.")).toEqual(['Misty']);
  });

  it('finds unknown names in English sentences from where they stand (wink part-of-speech tags)', () => {
    expect(names('Why is Vesna so impulsive?')).toEqual(['Vesna']);
    expect(names('We need to add Dankara Abernathy as guardian.')).toEqual(['Dankara Abernathy']);
    expect(names("I'm so jealous! said Baran to Noravi")).toEqual(['Baran', 'Noravi']);
    expect(names('Shovda: You saved my life!')).toEqual(['Shovda']);
  });

  it('finds German names after Herr/Frau, greetings, introductions and in signatures', () => {
    expect(names('Sehr geehrte Frau Müller, vielen Dank für Ihre Nachricht.')).toEqual(['Müller']);
    expect(names('Bitte rufen Sie Herrn Dr. Schmidt an.')).toEqual(['Schmidt']);
    expect(names('Hallo Tobias, ich heiße Jana Krüger und wohne in Leipzig.')).toEqual(['Tobias', 'Jana Krüger']);
    expect(names('Mein Name ist Kowalski.')).toEqual(['Kowalski']);
    expect(names('Vielen Dank!\n\nMit freundlichen Grüßen\nHans Becker')).toEqual(['Hans Becker']);
    expect(names('Und warum ist Christian Lindner Porsche-Fahrer?')).toEqual(['Christian Lindner']);
  });

  it('leaves capitalised German nouns alone', () => {
    expect(names('Die Bundesregierung hat am Montag beschlossen, dass die Steuer im Januar steigt.')).toEqual([]);
    expect(names('Der Kunde hat die Rechnung per E-Mail erhalten, die Ware aber nicht.')).toEqual([]);
    expect(names('Was kann ich am Wochenende unternehmen? Sehr geehrte Damen und Herren')).toEqual([]);
    expect(names('Lebt Adolf Hitler noch?')).toEqual(['Adolf Hitler']);
    // German sentences inside English text are judged as German.
    expect(
      names(
        'Thanks for the logs. Zusammengefasst: die Verbindungen werden freigegeben, und die Überwachung meldet sich.',
      ),
    ).toEqual([]);
  });

  it('leaves companies, places, products, months and ordinary capitalised words alone', () => {
    expect(names('I work at Nordea Group in Berlin. The Avalara office is big.')).toEqual([]);
    expect(names('Die Deutsche Bank und die Müller GmbH zahlen; Moreau & Petrović beraten.')).toEqual([]);
    expect(names('Capitalized words like Wisdom and Discipline are often mistaken with names.')).toEqual([]);
    expect(names('In May 2020 we met on Monday at Lake Tahoe; see Suite 5 and Main Street.')).toEqual([]);
    expect(names('Ask ChatGPT or YouTube, not OpenAI. Played at Ohio Stadium • Columbus, OH')).toEqual([]);
    expect(names('| Tampere | Finland |\n| Asiago | Italy |')).toEqual([]);
    expect(names('Kontakt: max@example.de, Tel. 0171 2345678, Betreff: Rechnung')).toEqual([]);
  });
});
