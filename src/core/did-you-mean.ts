// "Did you mean ...?" for a value that is not one of a few known ones: a misspelt mode in a note's
// front matter, a person id that is not in people.json. The answer is a guess only when it is close.

/** How a written value and a candidate are compared: case, spaces and underscores do not matter, nor brackets and quotes around it. */
export function normalizeWord(value: string): string {
  return value.trim().replace(/^[[{("']+|[\]})"']+$/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/**
 * The candidate `value` most likely meant, or undefined when none is close. `aliases` maps other
 * words for a candidate (a mode's label) to it. Close means: the same word once normalized, the
 * start of exactly one candidate (at least three letters), or at most one edit in four letters
 * away (a swap of neighbours is one edit).
 */
export function didYouMean(value: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const word = normalizeWord(value);
  if (!word) return undefined;
  const words = new Map<string, string>(candidates.map(c => [normalizeWord(c), c]));
  for (const [alias, target] of Object.entries(aliases)) if (!words.has(normalizeWord(alias))) words.set(normalizeWord(alias), target);
  const exact = words.get(word);
  if (exact !== undefined) return exact;
  if (word.length >= 3) {
    const starts = new Set([...words].filter(([w]) => w.startsWith(word)).map(([, c]) => c));
    if (starts.size === 1) return [...starts][0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const [w, c] of words) {
    const d = editDistance(word, w);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && c !== best) {
      tie = true;
    }
  }
  return !tie && bestDistance <= Math.max(1, Math.floor(word.length / 4)) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
