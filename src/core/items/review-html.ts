// The review document as HTML for its webview. Not a markdown renderer for any text: it reads the
// markdown review.ts writes (headings, paragraphs, lists, quotes, one table, emphasis, code and
// links), and the note lines it quotes, whose other syntax stays text. Every character of the input
// is escaped; the only tags in the output are the ones made here, so a note cannot inject HTML or
// script into the webview. Links keep their target in `data-href` for the webview's script to hand
// to the extension, which decides what may be opened; `href` stays "#".
//
// Why not markdown-it's renderer: the extension bundles only its block parser (the linter's), and
// its inline parser and renderer would add 35 KB to a bundle kept under 300 KB. This is 4 KB.

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** Code spans and links, found before anything else: their insides are not emphasis. */
const INLINE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)|\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"\n]*")?\s*\)/g;

function emphasis(escaped: string): string {
  return escaped
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>');
}

/** One line of inline markdown as HTML. */
export function inlineHtml(text: string): string {
  // Backslash escapes: the character stands for itself (kept out of the emphasis and link patterns
  // behind a private-use placeholder, which is taken out of the input first).
  const escapes: string[] = [];
  const source = text.replace(/\ue000/g, '').replace(/\\([\\`*_[\]()#+\-.!<>|~])/g, (_, c: string) => `\ue000${escapes.push(c) - 1}\ue000`);
  const raw = (s: string) => s.replace(/\ue000(\d+)\ue000/g, (_, i: string) => escapes[Number(i)] ?? '');
  const restore = (html: string) => html.replace(/\ue000(\d+)\ue000/g, (_, i: string) => escapeHtml(escapes[Number(i)] ?? ''));
  let out = '';
  let from = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(source); m; m = INLINE.exec(source)) {
    out += emphasis(escapeHtml(source.slice(from, m.index)));
    if (m[1] !== undefined) out += `<code>${escapeHtml((m[2] ?? '').replace(/^ (.*) $/, '$1'))}</code>`;
    else out += `<a href="#" data-href="${escapeHtml(raw(m[4] ?? ''))}">${emphasis(escapeHtml(m[3] ?? ''))}</a>`;
    from = m.index + m[0].length;
  }
  out += emphasis(escapeHtml(source.slice(from)));
  return restore(out);
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim());
}

/** A task box at the start of a list item's text, shown as a box rather than as brackets. */
function listText(text: string): string {
  const task = /^\[([ xX])\][ \t]+/.exec(text);
  return task ? `${task[1] === ' ' ? '☐' : '☑'} ${inlineHtml(text.slice(task[0].length))}` : inlineHtml(text);
}

/** The review's markdown as HTML (the body of the webview's page). */
export function reviewHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let quote: string[] = [];
  /** Open lists, innermost last: their indentation. */
  const lists: number[] = [];
  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inlineHtml).join(' ')}</p>`);
    paragraph = [];
  };
  const flushQuote = () => {
    if (quote.length) out.push(`<blockquote>${quote.map(l => `<p>${inlineHtml(l)}</p>`).join('')}</blockquote>`);
    quote = [];
  };
  const closeLists = (indent = -1) => {
    while (lists.length && (lists[lists.length - 1] ?? 0) > indent) {
      lists.pop();
      out.push('</li></ul>');
    }
  };
  const flush = () => {
    flushParagraph();
    flushQuote();
    closeLists();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      flushParagraph();
      flushQuote();
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]?.length ?? 1;
      out.push(`<h${level}>${inlineHtml(heading[2] ?? '')}</h${level}>`);
      continue;
    }
    if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      flush();
      const head = cells(line);
      const align = cells(lines[i + 1] ?? '').map(c => (c.endsWith(':') ? ' class="num"' : ''));
      const rows: string[] = [];
      i += 2;
      for (; i < lines.length && TABLE_ROW.test(lines[i] ?? ''); i++) {
        rows.push(`<tr>${cells(lines[i] ?? '').map((c, k) => `<td${align[k] ?? ''}>${inlineHtml(c)}</td>`).join('')}</tr>`);
      }
      i--;
      out.push(`<table><thead><tr>${head.map((c, k) => `<th${align[k] ?? ''}>${inlineHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      flushQuote();
      const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
      closeLists(indent);
      if (lists.length && lists[lists.length - 1] === indent) out.push('</li><li>');
      else {
        lists.push(indent);
        out.push('<ul><li>');
      }
      out.push(listText(item[3] ?? ''));
      continue;
    }
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    if (quoted) {
      flushParagraph();
      closeLists();
      quote.push(quoted[1] ?? '');
      continue;
    }
    // A continuation line of a list item stays in it; anything else is a paragraph.
    if (lists.length && /^\s/.test(line)) {
      out.push(` ${inlineHtml(line.trim())}`);
      continue;
    }
    flushQuote();
    closeLists();
    paragraph.push(line.trim());
  }
  flush();
  return out.join('\n');
}
