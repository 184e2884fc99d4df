// The CSS minifier of scripts/css-literals.mjs, without dependencies, so that test/css-minify.test.ts can run it in
// the browser and compare the rules Chromium reads from each element style sheet before and after.

/** One stretch of CSS source outside strings: no comments, white space collapsed, none where it means nothing. */
function squeeze(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/ ,/g, ',')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * The raw text of one template part, minified. `first`/`last`: the part opens or closes the template, so its
 * leading or trailing white space can go (beside a ${…} hole one space stays: it may separate two tokens).
 */
export function minifyCss(raw, first = true, last = true) {
  // Comments first (none can sit inside a string in these sheets, but strings are kept whole below anyway).
  const out = [];
  let i = 0;
  let plain = '';
  while (i < raw.length) {
    const c = raw[i];
    if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      plain += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out.push(squeeze(plain), raw.slice(i, j + 1));
      plain = '';
      i = j + 1;
    } else {
      plain += c;
      i += 1;
    }
  }
  out.push(squeeze(plain));
  let text = out.join('');
  if (first) text = text.replace(/^\s+/, '');
  if (last) text = text.replace(/\s+$/, '');
  return text;
}
