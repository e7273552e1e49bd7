// VS Code keeps at most 1,000 markers per file and collection (ExtHostDiagnostics: further ones are
// dropped in severity order, so in a long note the findings near its end never reach the editor),
// and the editor draws squiggles for the first 500 markers of a file only (MarkerDecorationsService
// reads `take: 500`, in the order they were published). So when a note has more findings than that,
// the ones published, and their order, follow where the person is: in the visible lines and at the
// cursor first, then outward from there. The Problems panel sorts them by position itself.

/** VS Code's markers per file and collection (ExtHostDiagnostics._maxDiagnosticsPerFile). */
export const MAX_MARKERS_PER_FILE = 1000;
/** Markers of a file the editor draws as squiggles: the first ones published (MarkerDecorationsService). */
export const MAX_SQUIGGLES_PER_FILE = 500;

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
 * What to publish of `items` (sorted by offset), in the order to publish them: all of them in offset
 * order when the editor squiggles them all; else at most `limit`, nearest to the focus spans (visible
 * ranges, cursors) first, ties to the earlier one. Without focus, the first ones in offset order.
 */
export function nearest<T extends Span>(items: readonly T[], focus: readonly Span[], limit = MAX_MARKERS_PER_FILE, squiggled = MAX_SQUIGGLES_PER_FILE): readonly T[] {
  if (items.length <= squiggled || !focus.length) return items.length <= limit ? items : items.slice(0, limit);
  const d = items.map(f => distance(f, focus));
  const order = items.map((_, i) => i).sort((a, b) => (d[a] as number) - (d[b] as number) || a - b);
  return order.slice(0, limit).map(i => items[i] as T);
}
