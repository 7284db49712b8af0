import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps headings, paragraphs, lists and links; drops scripts, styles and comments', () => {
    const html = `<!doctype html>
      <html><head><title>The  Title &amp; More</title>
        <style>body { color: red }</style>
        <script>var secret = "<p>not text</p>";</script>
      </head>
      <body>
        <nav><a href="/">Home</a></nav>
        <h1>Main   heading</h1>
        <!-- a comment <b>hidden</b> -->
        <p>First <b>bold</b> paragraph
           with a <a href="/docs?x=1&amp;y=2">link</a>.</p>
        <h2>List</h2>
        <ul><li>one</li><li>two <a href="#top">top</a></li></ul>
        <noscript>Enable JavaScript</noscript>
        <img src="a.png" alt="A chart">
      </body></html>`;
    const page = htmlToText({ html, baseUrl: 'https://site.test/page' });
    expect(page.title).toBe('The Title & More');
    expect(page.text).toBe(
      [
        'Home (https://site.test/)',
        '',
        '# Main heading',
        '',
        'First bold paragraph with a link (https://site.test/docs?x=1&y=2).',
        '',
        '## List',
        '',
        '- one',
        '- two top',
        '',
        '[image: A chart]',
      ].join('\n'),
    );
    expect(page.text).not.toMatch(/secret|color|comment|Enable JavaScript/);
  });

  it('keeps the whitespace of <pre> and separates table cells', () => {
    const page = htmlToText({
      html: '<pre>line 1\n  indented</pre><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>',
    });
    expect(page.text).toContain('line 1\n  indented');
    expect(page.text).toContain('| a | b');
    expect(page.text).toContain('| 1 | 2');
  });

  it('copes with broken markup: unclosed scripts, stray angle brackets, quotes containing >', () => {
    expect(htmlToText({ html: '<p>a < b and c > d</p>' }).text).toBe('a < b and c > d');
    expect(htmlToText({ html: '<a title="x>y" href="https://e.test/">e</a>' }).text).toBe('e (https://e.test/)');
    expect(htmlToText({ html: '<p>before</p><script>never closed <p>x</p>' }).text).toBe('before');
    expect(htmlToText({ html: '<p>unterminated <b' }).text).toBe('unterminated');
  });

  it('does not link javascript: URLs and does not repeat a URL that is the link text', () => {
    const page = htmlToText({
      html: '<a href="javascript:alert(1)">click</a> <a href="https://x.test/">https://x.test/</a>',
    });
    expect(page.text).toBe('click https://x.test/');
  });

  it('stays linear on adversarial input', () => {
    const html = '<script'.repeat(20_000) + '<a href="'.repeat(20_000);
    const started = performance.now();
    htmlToText({ html });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named references and leaves unknown ones', () => {
    expect(decodeEntities('K&auml;se &amp; Brot &#8364;3 &#x1F600; &bogus; &#0;')).toBe(
      'Käse & Brot €3 😀 &bogus; \uFFFD',
    );
  });
});
