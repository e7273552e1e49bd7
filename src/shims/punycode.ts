// Build shim for markdown-it's `punycode.js` import: link normalisation is never rendered here.
const identity = (s: string): string => s;
export default { toASCII: identity, toUnicode: identity, encode: identity, decode: identity };
