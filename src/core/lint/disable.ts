// Inline disable comments in the markdownlint style:
//   <!-- learning-leader-disable [rule ...] -->        until a matching enable
//   <!-- learning-leader-enable [rule ...] -->
//   <!-- learning-leader-disable-next-line [rule ...] -->
//   <!-- learning-leader-disable-line [rule ...] -->
//   <!-- learning-leader-disable-file [rule ...] -->

const COMMENT = /<!--\s*learning-leader-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+[a-z][\w-]*)*)\s*-->/g;

interface Directive {
  readonly kind: 'disable' | 'enable';
  readonly offset: number;
  /** Empty: all rules. */
  readonly rules: readonly string[];
}

export interface DisableMap {
  isDisabled(ruleId: string, offset: number): boolean;
}

const NONE: DisableMap = { isDisabled: () => false };

export function parseDisableComments(text: string): DisableMap {
  // ("<!--" first: a rare character leads it, where a search for the name tries every "l".)
  if (!text.includes('<!--') || !text.includes('learning-leader-')) return NONE;
  const ranges: Directive[] = [];
  const lineRules: { from: number; to: number; rules: readonly string[] }[] = [];
  let fileAll = false;
  const fileRules = new Set<string>();
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const rules = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    const kind = m[1];
    if (kind === 'disable-file') {
      if (rules.length) rules.forEach(r => fileRules.add(r));
      else fileAll = true;
    } else if (kind === 'disable' || kind === 'enable') {
      ranges.push({ kind, offset: m.index, rules });
    } else {
      const lineStart = lastBreak(text, m.index) + 1;
      const lineEnd = nextBreak(text, m.index + m[0].length);
      if (kind === 'disable-line') lineRules.push({ from: lineStart, to: lineEnd, rules });
      else {
        const nextStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
        lineRules.push({ from: nextStart, to: nextBreak(text, nextStart), rules });
      }
    }
  }
  const applies = (rules: readonly string[], id: string) => rules.length === 0 || rules.includes(id);
  return {
    isDisabled(ruleId, offset) {
      if (fileAll || fileRules.has(ruleId)) return true;
      if (lineRules.some(l => offset >= l.from && offset <= l.to && applies(l.rules, ruleId))) return true;
      let disabled = false;
      for (const d of ranges) {
        if (d.offset > offset) break;
        if (applies(d.rules, ruleId)) disabled = d.kind === 'disable';
      }
      return disabled;
    },
  };
}

function lastBreak(text: string, from: number): number {
  for (let k = from - 1; k >= 0; k--) if (text[k] === '\n' || text[k] === '\r') return k;
  return -1;
}

function nextBreak(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (text[k] === '\n' || text[k] === '\r') return k;
  return text.length;
}
