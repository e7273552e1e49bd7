// Offsets to line and column, for adapters that report positions (the CLI, diagnostics of closed files).

/** Start offsets of every line; \r\n, \n and a lone \r each end a line, as in editors. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (c === 10 || c === 13) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line and character of an offset (clamped into the text). */
export function positionOf(starts: readonly number[], textLength: number, offset: number): { line: number; character: number } {
  const o = Math.max(0, Math.min(offset, textLength));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - starts[lo] };
}
