// Small inline SVG charts for the prep and insights webviews, built here from numbers (no chart
// library): the trend of open share and telling over the last meetings, sparklines, a meter. Colours
// come from CSS classes (media/webview/insights.css) that use the theme's --vscode-* variables, so the
// charts follow light, dark and high-contrast themes. Every label goes through `html`, so it is escaped.
// Pure: no vscode, no DOM.
import { html, joinHtml, svgNumber as n, type Html, type L10n } from '../html';
import { parseIsoDate } from '../dates';
import type { MeetingPoint } from './series';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "17 Nov": a meeting's date on an axis. */
export function shortDate(date: string): string {
  const p = parseIsoDate(date);
  return p ? `${p.day} ${MONTHS[p.month - 1]}` : date;
}

/** "17 Nov 2026": a date in a table cell, without the weekday. */
export function longDate(date: string): string {
  const p = parseIsoDate(date);
  return p ? `${p.day} ${MONTHS[p.month - 1]} ${p.year}` : date;
}

/** A share as a whole percentage: 0.666 → "67%". */
export function percent(share: number | undefined): string {
  return share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** MITI 3.1.1's reference points for the share of open questions: about 50% fair, 70% good. */
export const MITI_FAIR = 0.5;
export const MITI_GOOD = 0.7;

export interface TrendChartOptions {
  /** Ids for the title and description elements (unique in the page). */
  readonly id: string;
  readonly l10n: L10n;
  /** Telling is not counted (the linter is off for this mode): no told bars, a word where they would be. */
  readonly tellingOff?: boolean;
}

/**
 * The trend of the last meetings, oldest on the left: the open share of each meeting as a bar (a dash
 * where nothing was asked), with the MITI reference lines at 50% and 70%; below, the telling found in
 * each meeting as a bar with its count. The numbers are also in the table the page puts beside it.
 */
export function trendChart(points: readonly MeetingPoint[], options: TrendChartOptions): Html {
  const { l10n, id } = options;
  const width = 520;
  const left = 40;
  const right = 52;
  const shareTop = 14;
  const shareHeight = 96;
  const toldTop = shareTop + shareHeight + 30;
  const toldHeight = 40;
  const axis = toldTop + toldHeight + 16;
  const height = axis + 4;
  const count = Math.max(points.length, 1);
  const slot = (width - left - right) / count;
  const barWidth = Math.min(36, slot * 0.6);
  const x = (i: number) => left + slot * i + (slot - barWidth) / 2;
  const yShare = (share: number) => shareTop + shareHeight * (1 - share);
  const maxTold = Math.max(3, ...points.map(p => p.counts.told));

  const shareBars = points.map((p, i) => {
    if (p.openShare === undefined) {
      return html`<line class="chart-none" x1="${n(x(i))}" x2="${n(x(i) + barWidth)}" y1="${n(yShare(0) - 1)}" y2="${n(yShare(0) - 1)}"/>`;
    }
    const top = yShare(p.openShare);
    return html`<rect class="chart-open" x="${n(x(i))}" y="${n(top)}" width="${n(barWidth)}" height="${n(Math.max(1, yShare(0) - top))}" rx="2"/>
<text class="chart-value" x="${n(x(i) + barWidth / 2)}" y="${n(top - 3)}" text-anchor="middle">${percent(p.openShare)}</text>`;
  });
  const toldBars = options.tellingOff ? [html`<text class="chart-axis" x="${left}" y="${n(toldTop + toldHeight / 2 + 4)}">${l10n.t('not counted: the linter is off')}</text>`] : points.map((p, i) => {
    const h = (toldHeight * p.counts.told) / maxTold;
    return html`<rect class="chart-told" x="${n(x(i))}" y="${n(toldTop + toldHeight - h)}" width="${n(barWidth)}" height="${n(Math.max(p.counts.told ? 1 : 0, h))}" rx="2"/>
<text class="chart-value" x="${n(x(i) + barWidth / 2)}" y="${n(toldTop + toldHeight - h - 3)}" text-anchor="middle">${p.counts.told}</text>`;
  });
  const labels = points.map((p, i) => html`<text class="chart-axis" x="${n(x(i) + barWidth / 2)}" y="${n(axis)}" text-anchor="middle">${shortDate(p.date)}</text>`);
  const reference = (share: number, label: string) => html`<line class="chart-reference" x1="${left}" x2="${n(width - right)}" y1="${n(yShare(share))}" y2="${n(yShare(share))}"/>
<text class="chart-axis" x="${n(width - right + 4)}" y="${n(yShare(share) + 4)}">${label}</text>`;

  const title = l10n.t('Open share and telling per meeting');
  const desc = points.length
    ? points.map(p => (options.tellingOff ? l10n.t('{0}: {1} open', shortDate(p.date), percent(p.openShare)) : l10n.t('{0}: {1} open, told {2}', shortDate(p.date), percent(p.openShare), p.counts.told))).join('; ')
    : l10n.t('No meetings yet.');
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${desc}</desc>
<text class="chart-label" x="0" y="${n(shareTop - 4)}">${l10n.t('Open')}</text>
<line class="chart-baseline" x1="${left}" x2="${n(width - right)}" y1="${n(yShare(0))}" y2="${n(yShare(0))}"/>
${reference(MITI_FAIR, '50%')}
${reference(MITI_GOOD, '70%')}
${shareBars}
<text class="chart-label" x="0" y="${n(toldTop - 4)}">${l10n.t('Told')}</text>
<line class="chart-baseline" x1="${left}" x2="${n(width - right)}" y1="${n(toldTop + toldHeight)}" y2="${n(toldTop + toldHeight)}"/>
${toldBars}
${labels}
</svg>`;
}

/**
 * A row of small bars, oldest first, for the insights table: `values` between 0 and `max` (a dash for
 * undefined). Hidden from screen readers: the page writes the numbers beside it.
 */
export function sparkline(values: readonly (number | undefined)[], options: { readonly max: number; readonly kind: 'open' | 'told'; readonly slots?: number }): Html {
  const slots = Math.max(options.slots ?? values.length, values.length, 1);
  const barWidth = 7;
  const gap = 3;
  const height = 22;
  const width = slots * (barWidth + gap) - gap;
  const max = options.max > 0 ? options.max : 1;
  const offset = slots - values.length;
  const bars = values.map((v, k) => {
    const x = (offset + k) * (barWidth + gap);
    if (v === undefined) return html`<line class="chart-none" x1="${n(x)}" x2="${n(x + barWidth)}" y1="${height - 1}" y2="${height - 1}"/>`;
    const h = Math.max(v > 0 ? 2 : 1, (height * Math.min(v, max)) / max);
    return html`<rect class="chart-${options.kind}" x="${n(x)}" y="${n(height - h)}" width="${barWidth}" height="${n(h)}" rx="1"/>`;
  });
  const fair = options.kind === 'open' ? html`<line class="chart-reference" x1="0" x2="${width}" y1="${n(height * (1 - MITI_FAIR))}" y2="${n(height * (1 - MITI_FAIR))}"/>` : '';
  return html`<svg class="spark" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">${fair}${joinHtml(bars)}</svg>`;
}

/** A horizontal meter (share 0..1), hidden from screen readers: the text beside it says the numbers. */
export function meter(share: number | undefined, kind: 'cadence' | 'open' = 'cadence'): Html {
  const width = 80;
  const height = 8;
  const filled = share === undefined ? 0 : Math.max(0, Math.min(1, share)) * width;
  return html`<svg class="meter" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false"><rect class="meter-track" x="0" y="0" width="${width}" height="${height}" rx="4"/>${filled ? html`<rect class="meter-${kind}" x="0" y="0" width="${n(filled)}" height="${height}" rx="4"/>` : ''}</svg>`;
}
