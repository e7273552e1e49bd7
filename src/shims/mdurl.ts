// Build shim for markdown-it's `mdurl` import: the linter runs markdown-it's block parser with its own
// link normalisation (the identity, src/core/lint/prose.ts), so nothing here is ever called; markdown-it
// only re-exports it (`utils.lib.mdurl`), which kept 4.4 KB of URL code in the bundle.
const identity = (s: string): string => s;
export const decode = Object.assign(identity, { defaultChars: ';/?:@&=+$,#', componentChars: '' });
export const encode = Object.assign((s: string): string => s, { defaultChars: ";/?:@&=+$,-_.!~*'()#", componentChars: "-_.!~*'()" });
export function parse(url: string): { href: string } {
  return { href: url };
}
export function format(url: { href?: string }): string {
  return url.href ?? '';
}
