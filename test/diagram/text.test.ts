import { marked } from 'marked';
import { markdownCode, markdownText } from '../../src/diagram/markdown-text';
import { mermaidLines, mermaidText, shorten } from '../../src/diagram/mermaid-text';
import { oneLine } from '../../src/diagram/one-line';

describe('mermaidText', () => {
  test('escapes the characters Mermaid or HTML read as syntax, with named entities where Mermaid documents them', () => {
    expect(mermaidText('a "b" <c> & d')).toBe('a #quot;b#quot; #lt;c#gt; #amp; d');
    expect(mermaidText('#1 100% x|y `z`')).toBe('#35;1 100#37; x#124;y #96;z#96;');
  });

  test('escapes the placeholder characters Mermaid uses for entities while it parses', () => {
    expect(mermaidText('ﬂ°°35¶ß')).toBe('#64258;°°35#182;ß');
  });

  test('keeps brackets, braces, parentheses, keywords and arrows as text (inside quotes they are plain)', () => {
    expect(mermaidText('[a] (b) {c} end --- A---oB ;:,')).toBe('[a] (b) {c} end --- A---oB ;:,');
  });

  test('turns line breaks and tabs into spaces, and control and format characters into numeric entities', () => {
    expect(mermaidText('a\nb\r\nc\td\u2028e')).toBe('a b c d e');
    expect(mermaidText('x\u0000y\u202ez\u200b')).toBe('x#0;y#8238;z#8203;');
  });

  test('keeps letters of any script and emoji, normalized to NFC', () => {
    expect(mermaidText('e\u0301 漢字 🎉')).toBe('\u00e9 漢字 🎉');
  });

  test('escapes a lone surrogate as its code point', () => {
    expect(mermaidText('a\ud800b')).toBe('a#55296;b');
  });
});

describe('mermaidLines', () => {
  test('escapes each line and joins them with a Mermaid line break', () => {
    expect(mermaidLines(['a<b', 'c'])).toBe('a#lt;b<br/>c');
  });
});

describe('shorten', () => {
  test('leaves text of at most max code points alone and cuts longer text with an ellipsis', () => {
    expect(shorten('abcde', 5)).toBe('abcde');
    expect(shorten('abcdef', 5)).toBe('abcd…');
    expect(shorten('🎉🎉🎉', 2)).toBe('🎉…');
  });

  test('counts 80 code points by default and makes the text one line', () => {
    expect(shorten('x'.repeat(80))).toBe('x'.repeat(80));
    expect(shorten('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
    expect(shorten('a\nb')).toBe('a b');
  });
});

describe('oneLine', () => {
  test('normalizes to NFC and replaces every line break and tab with a space', () => {
    expect(oneLine('e\u0301\r\n\t\u0085x')).toBe('\u00e9   x');
  });
});

describe('markdownText', () => {
  test('backslash-escapes Markdown syntax and keeps the rest', () => {
    expect(markdownText('a *b* _c_ `d` [e](f) <g> & h ~i~ | #j !k \\l')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\& h \\~i\\~ \\| \\#j \\!k \\\\l',
    );
  });

  test('makes the text one line', () => {
    expect(markdownText('a\nb')).toBe('a b');
  });
});

describe('markdownCode', () => {
  test('fences with one backtick more than the longest run inside', () => {
    expect(markdownCode('a')).toBe('`a`');
    expect(markdownCode('a `b` c')).toBe('``a `b` c``');
    expect(markdownCode('x ``y``` z')).toBe('````x ``y``` z````');
  });

  test('pads text that starts or ends with a backtick, or starts and ends with a space, and empty text', () => {
    expect(markdownCode('`a')).toBe('`` `a ``');
    expect(markdownCode(' a ')).toBe('`  a  `');
    expect(markdownCode('   ')).toBe('`   `');
    expect(markdownCode(' a')).toBe('` a`');
    expect(markdownCode('')).toBe('` `');
  });

  test('escapes | in a table cell only', () => {
    expect(markdownCode('a|b')).toBe('`a|b`');
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
  });

  test('a backslash right before | in a table cell: an HTML code element with character references', () => {
    expect(markdownCode('a\\|b', true)).toBe('<code>a&#92;&#124;b</code>');
    expect(markdownCode('x\\\\|<y>', true)).toBe('<code>x&#92;&#92;&#124;&#60;y&#62;</code>');
  });

  test('every table cell reads back as the text, with the cells where they belong (marked, a GFM table reader)', () => {
    const pieces = ['a', '|', '\\', '`', '``', ' ', '*', '<b>', '&amp;', '#', '_'];
    const texts = pieces.flatMap((a) => pieces.flatMap((b) => pieces.map((c) => a + b + c)));
    const rows = texts.map((t) => `| ${markdownCode(t, true)} | end |`);
    const html = marked.parse(['| code | after |', '|---|---|', ...rows, ''].join('\n'), { async: false });
    const cells = [...html.matchAll(/<tr>\n<td>(.*?)<\/td>\n<td>(.*?)<\/td>\n<\/tr>/g)];
    expect(cells.map((m) => m[2])).toEqual(texts.map(() => 'end'));
    expect(cells.map((m) => shown(m[1]))).toEqual(texts);
  });
});

/** The text a browser shows for a cell's HTML: the code element's content, character references decoded. */
function shown(cell: string): string {
  const inner = /^<code>(.*)<\/code>$/.exec(cell)?.[1] ?? cell;
  return inner.replace(/&(#\d+|amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e],
  );
}
