// HTML for the webviews, safe by construction: the `html` template escapes every value it is given
// unless the value is already an Html fragment built the same way. Note text (names, summaries, items,
// questions) only ever enters as a plain string, so it is always escaped. Pure: no vscode, no DOM.

/** A fragment of HTML built by `html` (or one of our own constants): inserted as it is. */
export class Html {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text as HTML text or attribute value: & < > " ' and ` escaped. */
export function escapeHtml(text: string): string {
  return /[&<>"'`]/.test(text) ? text.replace(/[&<>"'`]/g, c => ESCAPES[c]) : text;
}

/** What `html` accepts: text (escaped), numbers, fragments, lists of them; nothing for undefined, null and false. */
export type HtmlValue = Html | string | number | boolean | undefined | null | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === undefined || value === null || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(piece).join('');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: every value escaped unless it is an Html fragment (or a list of them). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Fragments joined with a separator (escaped when it is text). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  const sep = piece(separator);
  return new Html(parts.map(piece).filter(p => p !== '').join(sep));
}

/** A number for an SVG attribute: at most two decimals, no exponent. */
export function svgNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * What the pages say, translated: the extension passes vscode.l10n; the core and its tests use
 * `ENGLISH`, which fills `{0}`, `{1}`, ... in the English message.
 */
export interface L10n {
  t(message: string, ...args: (string | number | boolean)[]): string;
}

export const ENGLISH: L10n = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
};
