import { escapeTerminalText, guardWorkflowCommands, htmlText, markdownCode, markdownText, toSarifUri } from '../src/report/escape';

/** One escaping function per output context (src/report/escape/): each holds against its attacks. */

describe('terminal text', () => {
  it.each(['a\n::add-mask::x', '::warning::x', '  ::error::x', 'esc\u001b[31m', 'x##[error]y', 'line\u2028sep', 'bidi\u202eevil', 'cr\rx'])('%j', (text) => {
    const escaped = escapeTerminalText(text);
    // eslint-disable-next-line no-control-regex
    expect(escaped).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u202e]/);
    expect(escaped).not.toMatch(/::|##\[/);
  });

  it('keeps ordinary text as it is', () => {
    expect(escapeTerminalText('src/a b/ü.js:3:4')).toBe('src/a b/ü.js:3:4');
    expect(escapeTerminalText('a\nb')).toBe('a\\nb');
    expect(guardWorkflowCommands('ok\n  ::x::y\n')).toBe('ok\n  \\x3a:x::y\n');
  });
});

describe('markdown', () => {
  const attacks = ['x\n\n<h1>pwned</h1><img src=x onerror=alert(1)>', 'z[`@octocat`]', 'see #123', '[click](https://evil.example)', 'https://evil.example', 'www.evil.example', 'a|b', '</details>'];
  it.each(attacks)('%j in prose, code and HTML', (text) => {
    for (const escaped of [markdownText(text), markdownCode(text), htmlText(text)]) {
      expect(escaped).not.toMatch(/\n/);
      expect(escaped.replace(/^<code>|<\/code>$/g, '')).not.toMatch(/<|>/);
      expect(escaped).not.toMatch(/@octocat|#123|https:\/\/|www\.e|(?<!\\)\]\(/);
      expect(escaped.replace(/&#\d+;/g, '')).not.toContain('|');
    }
  });
});

describe('markdown: only what has a meaning is escaped', () => {
  it('ordinary paths, code and prose stay readable', () => {
    for (const text of ['src/a-b.js:3:4', 'GENESYSCLOUD_OAUTHCLIENT_ID', "client.postOAuthApiToken(...) at run time; check it (by hand)", 'grant_type=password', 'v1.2.3']) {
      expect(markdownText(text)).toBe(text);
      expect(htmlText(text)).toBe(text);
    }
  });

  it.each([
    ['x\u202ey', /x\\u202ey/],
    ['c1\u009b31m', /c1\\x9b31m/],
    ['a\u2028b', /a\\u2028b/],
    ['</details><h1>x</h1>', /&lt;\/details&gt;/],
    ['[x](javascript:alert(1))', /\\\[x\\\]\(javascript/],
    ['&lt;img src=x onerror=alert(1)&gt;', /^&amp;lt;img/],
    ['_a_ *b* ~~c~~ $d$ `e`', /^\\_a\\_ \\\*b\\\* \\~\\~c\\~\\~ \\\$d\\\$ \\`e\\`$/],
    ['\\[x](y)', /^\\\\\\\[x\\\]\(y\)$/],
    ['mail a@b.example', /a@&#8203;b\.example/],
    ['# heading', /^\\# heading$/],
    ['1. item', /^1\\\. item$/],
    ['- item', /^\\- item$/],
  ])('%j', (text, expected) => {
    expect(markdownText(text)).toMatch(expected);
    for (const escaped of [markdownText(text), htmlText(text)]) {
      // eslint-disable-next-line no-control-regex
      expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]|<|>/);
    }
  });
});

describe('SARIF URIs', () => {
  it.each([
    ['a#b.js', 'a%23b.js'],
    ['q?x=1.js', 'q%3Fx%3D1.js'],
    ['c:x.js', 'c%3Ax.js'],
    ['src/ü (1).js', 'src/%C3%BC%20%281%29.js'],
    ['100%.js', '100%25.js'],
    ['dir with space/a b.js', 'dir%20with%20space/a%20b.js'],
    ['back\\slash.js', 'back%5Cslash.js'],
    ['../up/x.js', '../up/x.js'],
    ['a/../b/%2e%2e.js', 'a/../b/%252e%252e.js'],
    ['/abs/p q.js', 'file:///abs/p%20q.js'],
  ])('%s → %s', (name, uri) => {
    expect(toSarifUri(name)).toBe(uri);
  });
});
