// Build time only (scripts/gen-l10n.mjs and a unit test; the extension never imports it): finds every
// `vscode.l10n.t('message', ...args)` in the extension's sources, for the English bundle
// l10n/bundle.l10n.json that translators start from, and for the checks that every call has a literal
// message whose {0}, {1}... placeholders match its arguments. A small scanner, not a parser: it reads
// string literals, template literals and brackets well enough for this code base's calls.

export interface L10nCall {
  readonly file: string;
  /** 1-based line of the call. */
  readonly line: number;
  /** The message, or undefined when the first argument is not a plain string literal. */
  readonly message: string | undefined;
  /** Arguments after the message. */
  readonly args: number;
}

const CALL = /\bl10n\.t\(/g;

/** Every l10n.t call in one file's text. */
export function l10nCalls(file: string, text: string): L10nCall[] {
  const calls: L10nCall[] = [];
  for (const m of text.matchAll(CALL)) {
    const open = (m.index ?? 0) + m[0].length;
    const line = text.slice(0, m.index).split('\n').length;
    const literal = readLiteral(text, skipSpace(text, open));
    const end = literal ? literal.end : skipSpace(text, open);
    const args = countArgs(text, end);
    calls.push({ file, line, message: literal?.value, args: literal ? args : args + 1 });
  }
  return calls;
}

/** The English bundle: every message, keyed by itself, sorted. */
export function l10nBundle(calls: readonly L10nCall[]): Record<string, string> {
  const messages = [...new Set(calls.flatMap(c => (c.message === undefined ? [] : [c.message])))].sort();
  return Object.fromEntries(messages.map(m => [m, m]));
}

/** What is wrong with the calls: a message that is not a literal, a placeholder without its argument. */
export function l10nProblems(calls: readonly L10nCall[]): string[] {
  const problems: string[] = [];
  for (const c of calls) {
    const at = `${c.file}:${c.line}`;
    if (c.message === undefined) {
      problems.push(`${at}: the message of l10n.t must be a string literal`);
      continue;
    }
    const used = new Set([...c.message.matchAll(/\{(\d+)\}/g)].map(x => Number(x[1])));
    for (const n of used) if (n >= c.args) problems.push(`${at}: {${n}} has no argument in "${c.message}"`);
    for (let n = 0; n < c.args; n++) if (!used.has(n)) problems.push(`${at}: argument ${n} is not used in "${c.message}"`);
  }
  return problems;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/** A string literal at `i` ('...', "..." or `...` without ${}), decoded; undefined when there is none. */
function readLiteral(text: string, i: number): { value: string; end: number } | undefined {
  const quote = text[i];
  if (quote !== '\'' && quote !== '"' && quote !== '`') return undefined;
  let value = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j] as string;
    if (c === quote) return { value, end: j + 1 };
    if (quote === '`' && c === '$' && text[j + 1] === '{') return undefined;
    if (c === '\\') {
      const next = text[++j] as string;
      if (next === 'u') {
        const braced = text[j + 1] === '{';
        const hex = braced ? text.slice(j + 2, text.indexOf('}', j)) : text.slice(j + 1, j + 5);
        value += String.fromCodePoint(parseInt(hex, 16));
        j += braced ? hex.length + 2 : 4;
      } else {
        value += ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[next] ?? next;
      }
      continue;
    }
    value += c;
  }
  return undefined;
}

/** Arguments after position `i` up to the call's closing parenthesis (a leading comma starts each). */
function countArgs(text: string, i: number): number {
  let depth = 0;
  let args = 0;
  let pending = false;
  for (let j = i; j < text.length; j++) {
    const c = text[j] as string;
    if (c === '\'' || c === '"' || c === '`') {
      j = skipString(text, j);
      if (pending) pending = false;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return args;
      depth--;
    } else if (c === ',' && depth === 0) {
      // A trailing comma before ")" is not an argument.
      if (text.slice(j + 1).trimStart().startsWith(')')) continue;
      args++;
      pending = true;
    }
  }
  return args;
}

/** The index of the closing quote of the string or template literal starting at `i`. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === quote) return j;
    if (quote === '`' && c === '$' && text[j + 1] === '{') {
      let depth = 1;
      j += 2;
      for (; j < text.length && depth > 0; j++) {
        const d = text[j];
        if (d === '\'' || d === '"' || d === '`') j = skipString(text, j);
        else if (d === '{') depth++;
        else if (d === '}') depth--;
      }
      j--;
    }
  }
  return text.length;
}

/** This file mentions l10n.t in its comments; it is not scanned. */
export const L10N_SCANNER_FILE = 'src/util/l10nBundle.ts';

/** l10n/bundle.l10n.json's text for the sources (`file` relative to the project root, `/`-separated). */
export function l10nBundleText(sources: readonly { readonly file: string; readonly text: string }[]): string {
  const calls = sources.filter(s => s.file !== L10N_SCANNER_FILE).flatMap(s => l10nCalls(s.file, s.text));
  return `${JSON.stringify(l10nBundle(calls), null, 2)}\n`;
}
