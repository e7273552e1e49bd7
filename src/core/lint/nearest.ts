// VS Code keeps at most 1,000 markers per file and collection (extHostDiagnostics: further ones are
// dropped in severity order, so in a long note the findings near its end are never shown). When a
// note has more findings than that, the ones shown are those nearest to where the person is: in the
// visible lines and at the cursor first, then outward from there.

/** VS Code's markers per file and collection (ExtHostDiagnostics._maxDiagnosticsPerFile). */
export const MAX_MARKERS_PER_FILE = 1000;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How far `f` lies from the nearest focus span (0 inside or touching one). */
function distance(f: Span, focus: readonly Span[]): number {
  let best = Infinity;
  for (const r of focus) {
    const d = f.end < r.start ? r.start - f.end : f.start > r.end ? f.start - r.end : 0;
    if (d < best) best = d;
    if (d === 0) break;
  }
  return best;
}

/**
 * At most `limit` of `items` (sorted by offset), in offset order: all of them when they fit; else
 * those nearest to the focus spans (visible ranges, cursors), ties to the earlier one; without
 * focus, the first `limit`.
 */
export function nearest<T extends Span>(items: readonly T[], focus: readonly Span[], limit = MAX_MARKERS_PER_FILE): readonly T[] {
  if (items.length <= limit) return items;
  if (!focus.length) return items.slice(0, limit);
  const d = items.map(f => distance(f, focus));
  const order = items.map((_, i) => i).sort((a, b) => (d[a] as number) - (d[b] as number) || a - b);
  return order.slice(0, limit).sort((a, b) => a - b).map(i => items[i] as T);
}
