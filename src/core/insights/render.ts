// The bodies of the prep panel and the Coaching insights view, as HTML built with `html` (every note
// text escaped). The extension wraps them in a page with a strict Content-Security-Policy
// (src/webview/page.ts); buttons carry data-command attributes that its script (media/webview/
// insights.js) turns into messages, so the markup has no inline handlers and no links to follow.
// The wording reflects what was written and leaves the judgement to the manager: "4 of 6 questions
// were open last time", never a grade. Pure: no vscode, no DOM.
import { daysBetween, humanDate, type IsoDate } from '../dates';
import { ENGLISH, html, type Html, type HtmlValue, type L10n } from '../html';
import { MODE_INFO, RELATIONSHIP_INFO, type Relationship } from '../modes';
import type { PrepItem, PrepModel } from '../prep';
import { longDate, meter, percent, shortDate, sparkline, trendChart } from './chart';
import { everyoneTotals, TREND_MEETINGS, type PersonOverview } from './overview';
import type { MeetingPoint } from './series';
import { askedCount, sumCounts, type InsightCounts } from './stats';

/** A button that asks the extension to do something; the page's script posts its data-* as a message. */
function commandButton(label: HtmlValue, data: Readonly<Record<string, string | number | undefined>>, className = 'link', title?: string): Html {
  const attrs = Object.entries(data).filter(([, v]) => v !== undefined).map(([k, v]) => html` data-${k}="${String(v)}"`);
  return html`<button type="button" class="${className}"${attrs}${title ? html` title="${title}"` : ''}>${label}</button>`;
}

/** Markdown of one summary line as plain text: list marker, emphasis and code marks dropped, links as their text. */
export function plainLine(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

/** "4 of 6 questions were open" and its kin, by what was asked. */
export function openSentence(counts: InsightCounts, l10n: L10n, when: 'last' | 'window' | 'meeting' = 'last'): string {
  const asked = askedCount(counts);
  if (!asked) {
    return when === 'last' ? l10n.t('No questions were written down last time.')
      : when === 'window' ? l10n.t('No questions were written down in these meetings.')
        : l10n.t('No questions were written down.');
  }
  if (when === 'last') return asked === 1 ? l10n.t('{0} of 1 question was open last time.', counts.open) : l10n.t('{0} of {1} questions were open last time.', counts.open, asked);
  if (when === 'window') return asked === 1 ? l10n.t('{0} of 1 question was open in these meetings.', counts.open) : l10n.t('{0} of {1} questions were open in these meetings.', counts.open, asked);
  return asked === 1 ? l10n.t('{0} of 1 question was open.', counts.open) : l10n.t('{0} of {1} questions were open.', counts.open, asked);
}

function toldSentence(told: number, l10n: L10n, off = false): string {
  if (off) return l10n.t('Telling is not counted: the linter is off for this relationship (setting learningLeader.lint.strictness).');
  return told === 0 ? l10n.t('No telling found.') : told === 1 ? l10n.t('Telling found once.') : l10n.t('Telling found {0} times.', told);
}

function daysAgo(days: number, l10n: L10n): string {
  return days === 0 ? l10n.t('today') : days === 1 ? l10n.t('yesterday') : l10n.t('{0} days ago', days);
}

/** The table beside a trend chart: the same numbers, for screen readers and for reading exact values. */
function trendTable(points: readonly MeetingPoint[], l10n: L10n, caption: string, tellingOff = false): Html {
  return html`<table class="numbers">
<caption>${caption}</caption>
<thead><tr><th scope="col">${l10n.t('Meeting')}</th><th scope="col" class="num">${l10n.t('Open')}</th><th scope="col" class="num">${l10n.t('Closed')}</th><th scope="col" class="num">${l10n.t('Leading')}</th><th scope="col" class="num">${l10n.t('Open share')}</th><th scope="col" class="num">${l10n.t('Told')}</th></tr></thead>
<tbody>${points.map(p => html`<tr><th scope="row">${shortDate(p.date)}</th><td class="num">${p.counts.open}</td><td class="num">${p.counts.closed}</td><td class="num">${p.counts.leading}</td><td class="num">${percent(p.openShare)}</td><td class="num">${tellingOff ? '—' : p.counts.told}</td></tr>`)}</tbody>
</table>`;
}

/** What the numbers mean and where they come from: the same words in both pages. */
function aboutNumbers(l10n: L10n): Html {
  return html`<details class="about">
<summary>${l10n.t('What the numbers mean')}</summary>
<p>${l10n.t('Open questions invite explanation, reflection or options ("What would you try first?", "Walk me through the outage."). Closed ones ask for yes or no, a choice or a single fact ("Did you ...?", "Any blockers?"). Leading ones have the answer built in: the questions the telling linter flags as leading. Told counts the linter\'s telling findings, reported telling included.')}</p>
<p>${l10n.t('A question you planned (from the template, or under your talking points) counts once something is written under or after it. Only your own questions count: not quoted or reported ones, not someone else\'s words.')}</p>
<p>${l10n.t('Open share is open questions out of all questions asked. Motivational-interviewing coding (MITI 3.1.1) reads about 50% open questions as fair practice and 70% as good; the lines on the chart mark them. A status check can rightly be closed: the share reflects, it does not grade.')}</p>
<p>${l10n.t('The numbers come from the text of your notes only, read on this machine; nothing is sent anywhere. Open and closed are read from the form of each question, as coders of motivational-interviewing sessions do, and as Tanana et al. (2016) coded them automatically from simple sentence features.')}</p>
</details>`;
}

/** The mark on text from a private part of a note: shown to the manager, never shared (items/private.ts). */
function privateBadge(l10n: L10n): Html {
  return html`<span class="private-badge" title="${l10n.t('From a private part of the note: Copy Agenda and review prep leave it out.')}">${l10n.t('private')}</span>`;
}

function itemLine(item: PrepItem, l10n: L10n): Html {
  const owner = item.owner === 'them' ? item.ownerName ?? l10n.t('them') : item.owner === 'me' ? (item.ownerName ? item.ownerName : l10n.t('Me')) : item.ownerName ?? l10n.t('someone else');
  // "Amara: draft the proposal" under the chip "Amara": the name once.
  let text = plainLine(item.text);
  if (item.ownerName && text.toLowerCase().startsWith(`${item.ownerName.toLowerCase()}:`)) text = text.slice(item.ownerName.length + 1).trim() || text;
  const meta: string[] = [];
  if (item.preparedFor) meta.push(l10n.t('written for the 1:1 on {0}', shortDate(item.preparedFor)));
  else if (item.since) meta.push(item.ageDays ? l10n.t('open since {0} ({1} days)', shortDate(item.since), item.ageDays) : l10n.t('written today'));
  if (item.due) {
    meta.push(item.due.overdueBy > 0 ? l10n.t('due {0}, {1} days ago', shortDate(item.due.date), item.due.overdueBy)
      : item.due.overdueBy === 0 ? l10n.t('due today') : l10n.t('due {0}', shortDate(item.due.date)));
  }
  const where = item.file.replace(/\.md$/i, '');
  return html`<li${item.due && item.due.overdueBy > 0 ? html` class="overdue"` : ''}><span class="owner owner-${item.owner}">${owner}</span>${item.private ? html` ${privateBadge(l10n)}` : ''} <span class="item-text">${text}</span>
<span class="meta">${meta.join(' · ')}${meta.length ? ' · ' : ''}${commandButton(l10n.t('{0}, line {1}', where, item.line), { command: 'open', file: item.file, line: item.line }, 'link', l10n.t('Open the note at this line'))}</span></li>`;
}

function relationshipLabel(relationship: Relationship): string {
  return RELATIONSHIP_INFO[relationship].inSentence;
}

/** The prep panel's body. */
export function renderPrep(model: PrepModel, l10n: L10n = ENGLISH): Html {
  const { person, status } = model;
  const info = MODE_INFO[model.mode];
  const last = model.last;
  const stateClass = `state-${status.state}`;

  const when: Html[] = [];
  if (last) {
    when.push(html`<li>${l10n.t('Last 1:1:')} ${commandButton(humanDate(last.date), { command: 'open', file: last.fileName }, 'link', l10n.t('Open the note'))} — <strong>${daysAgo(last.daysAgo, l10n)}</strong></li>`);
  } else {
    when.push(html`<li>${l10n.t('No 1:1 before today in these notes.')}</li>`);
  }
  if (model.todayNotes.length) {
    when.push(html`<li>${l10n.t('1:1 today (this meeting, not the last one):')} ${model.todayNotes.map((f, i) => html`${i ? ', ' : ''}${commandButton(f, { command: 'open', file: f }, 'link', l10n.t('Open the note'))}`)}</li>`);
  }
  when.push(html`<li class="${stateClass}">${status.state === 'overdue' ? html`<strong>${status.overdueBy === 1 ? l10n.t('Overdue by 1 day.') : l10n.t('Overdue by {0} days.', status.overdueBy)}</strong> ` : ''}${model.dueLine}${model.todayLine ? ` ${model.todayLine}` : ''}</li>`);
  when.push(html`<li>${model.meetingCount === 1 ? l10n.t('1 meeting in these notes.') : l10n.t('{0} meetings in these notes.', model.meetingCount)}</li>`);
  if (model.skipped.length) when.push(html`<li class="muted">${l10n.t('Not counted as meetings: {0}', model.skipped.join(', '))}</li>`);

  const items = model.openItems;
  const lastCounts = last?.point.counts;
  const trendCaption = l10n.t('Questions and telling per meeting, oldest first');
  return html`<header class="page-head">
<div>
<h1>${l10n.t('Prepare: 1:1 with {0}', person.name)}</h1>
<p class="sub">${info.label} · ${relationshipLabel(person.relationship)} · ${humanDate(model.today)}${person.archived ? html` · <em>${l10n.t('archived')}</em>` : ''}</p>
</div>
${commandButton(l10n.t('Refresh'), { command: 'refresh' }, 'action', l10n.t('Read the notes again'))}
</header>
<p class="stance">${info.stance}</p>

<section aria-labelledby="when">
<h2 id="when">${l10n.t('When')}</h2>
<ul class="facts">${when}</ul>
</section>

<section aria-labelledby="items">
<h2 id="items">${items.length ? l10n.t('Open items ({0})', items.length) : l10n.t('Open items')}</h2>
${items.length ? html`<ul class="items">${items.map(i => itemLine(i, l10n))}</ul>` : html`<p class="muted">${last ? l10n.t('Nothing left open.') : l10n.t('None yet.')}</p>`}
</section>

${last ? html`<section aria-labelledby="last">
<h2 id="last">${l10n.t('Last time ({0})', humanDate(last.date))}</h2>
${last.summary.length ? html`<div class="summary">${last.summary.map(l => (l.private ? html`<p class="private">${privateBadge(l10n)} ${plainLine(l.text)}</p>` : html`<p>${plainLine(l.text)}</p>`))}</div>` : html`<p class="muted">${l10n.t('The note has no summary or notes yet.')}</p>`}
<p class="reflect">${openSentence(lastCounts!, l10n)}${lastCounts!.leading ? ` ${lastCounts!.leading === 1 ? l10n.t('1 was leading.') : l10n.t('{0} were leading.', lastCounts!.leading)}` : ''} ${toldSentence(lastCounts!.told, l10n, model.tellingOff)}</p>
</section>` : ''}

<section aria-labelledby="trend">
<h2 id="trend">${model.series.length === 1 ? l10n.t('Questions and telling, the last meeting') : model.series.length ? l10n.t('Questions and telling, last {0} meetings', model.series.length) : l10n.t('Questions and telling')}</h2>
${model.series.length ? html`<div class="trend">
${trendChart(model.series, { id: 'prep-trend', l10n, tellingOff: model.tellingOff })}
${trendTable(model.series, l10n, trendCaption, model.tellingOff)}
</div>
<p class="muted">${l10n.t('Dashed lines: 50% and 70% of questions open, the reference points of motivational-interviewing coding (MITI) for fair and good. A dash: nothing asked in that meeting.')}</p>
<p class="reflect">${openSentence(sum(model.series), l10n, 'window')} ${toldSentence(sum(model.series).told, l10n, model.tellingOff)}</p>` : html`<p class="muted">${model.todayNotes.length ? l10n.t('No earlier meetings: today\'s 1:1 is the first.') : l10n.t('No meetings before today yet.')}</p>`}
</section>

<section aria-labelledby="not-asked">
<h2 id="not-asked">${l10n.t('Questions not asked lately ({0})', info.title.toLowerCase())}</h2>
${model.notAsked.length ? model.notAsked.map(g => html`<h3>${g.title}</h3><ul class="questions">${g.questions.map(q => html`<li>${q}</li>`)}</ul>`)
    : html`<p class="muted">${l10n.t('You asked every question of this set in the last {0} meetings.', model.lookedBack)}</p>`}
</section>
${aboutNumbers(l10n)}`;
}

function sum(points: readonly MeetingPoint[]): InsightCounts {
  return sumCounts(points.map(p => p.counts));
}

/** The insights table's columns: its header cells, and the label each cell carries for a narrow editor. */
function overviewColumns(l10n: L10n): readonly [person: string, last: string, cadence: string, open: string, told: string, items: string] {
  return [l10n.t('Person'), l10n.t('Last 1:1'), l10n.t('Cadence kept, 6 months'), l10n.t('Open share, last {0}', TREND_MEETINGS), l10n.t('Told, last {0}', TREND_MEETINGS), l10n.t('Open items')];
}

/**
 * A cell's column name, shown above its content only when the table is stacked into a card per person
 * (a narrow editor: media/webview/insights.css); hidden, and not read, in the table, whose header says it.
 */
function cellLabel(label: string): Html {
  return html`<span class="cell-label">${label}</span>`;
}

/** A person's row in the insights table. The last 1:1 is the last before today, as in the prep; a note dated today is this meeting. */
function personRow(p: PersonOverview, today: IsoDate, folder: string | undefined, l10n: L10n): Html {
  const [, lastLabel, cadenceLabel, openLabel, toldLabel, itemsLabel] = overviewColumns(l10n);
  const status = p.status;
  const last = p.last;
  const lastText = last ? daysAgo(daysBetween(last.date, today), l10n) : p.todays ? l10n.t('none before today') : l10n.t('no 1:1 yet');
  const stateText = status.state === 'overdue' ? (status.overdueBy === 1 ? l10n.t('overdue by 1 day') : l10n.t('overdue by {0} days', status.overdueBy))
    : status.state === 'due-today' ? l10n.t('due today') : status.lastDate ? l10n.t('next due {0}', shortDate(status.dueDate)) : '';
  const lastTitle = l10n.t('Last 1:1: the last note dated before today. A note dated today is this meeting: it keeps the cadence, and the next 1:1 is due a cadence after it.');
  const kept = p.cadence;
  const shares = p.series.map(s => s.openShare);
  const told = p.series.map(s => s.counts.told);
  const maxTold = Math.max(3, ...told);
  const latest = p.latest;
  const window = sum(p.series);
  const asked = askedCount(window);
  return html`<tr>
<th scope="row" class="person">${commandButton(p.person.name, { command: 'prep', person: p.person.id, folder }, 'link person-name', l10n.t('Prepare for 1:1 with {0}', p.person.name))}<span class="sub">${MODE_INFO[p.person.mode].label}</span></th>
<td title="${lastTitle}">${cellLabel(lastLabel)}<span class="line text"><span class="dot ${`state-${status.state}`}" aria-hidden="true"></span><span class="main">${lastText}</span></span>${last ? html`<span class="sub">${longDate(last.date)}</span>` : ''}${p.todays ? html`<span class="sub">${l10n.t('1:1 today')}</span>` : ''}${stateText ? html`<span class="sub ${`state-${status.state}`}">${stateText}</span>` : ''}</td>
<td>${cellLabel(cadenceLabel)}${kept.expected ? html`<span class="line">${meter(kept.share)}<span class="main">${l10n.t('{0} of {1} on time', Math.min(kept.onTime, kept.expected), kept.expected)}</span></span><span class="sub">${p.cadenceDays === 1 ? l10n.t('every day') : l10n.t('every {0} days', p.cadenceDays)}</span>` : html`<span class="muted">—</span>`}</td>
<td>${cellLabel(openLabel)}${p.series.length ? html`<span class="line">${sparkline(shares, { max: 1, kind: 'open', slots: TREND_MEETINGS })}<span class="main">${asked ? percent(window.open / asked) : '—'}</span></span><span class="sub">${latest ? (latest.date === today
    ? (askedCount(latest.counts) ? l10n.t('today: {0} of {1} open', latest.counts.open, askedCount(latest.counts)) : l10n.t('today: nothing asked yet'))
    : (askedCount(latest.counts) ? l10n.t('last: {0} of {1} open', latest.counts.open, askedCount(latest.counts)) : l10n.t('last: nothing asked'))) : ''}</span><span class="visually-hidden">${l10n.t('Open share by meeting, oldest first: {0}', shares.map(percent).join(', '))}</span>` : html`<span class="muted">—</span>`}</td>
<td>${cellLabel(toldLabel)}${p.tellingOff ? html`<span class="muted" title="${l10n.t('The linter is off for this relationship (setting learningLeader.lint.strictness): telling is not counted.')}">${l10n.t('not counted')}</span>` : p.series.length ? html`<span class="line">${sparkline(told, { max: maxTold, kind: 'told', slots: TREND_MEETINGS })}<span class="main">${window.told}</span></span><span class="sub">${latest ? (latest.date === today ? l10n.t('today: {0}', latest.counts.told) : l10n.t('last: {0}', latest.counts.told)) : ''}</span><span class="visually-hidden">${l10n.t('Told by meeting, oldest first: {0}', told.join(', '))}</span>` : html`<span class="muted">—</span>`}</td>
<td>${cellLabel(itemsLabel)}<span class="line"><span class="main">${p.items.open}</span></span>${p.items.open ? html`<span class="sub">${l10n.t('{0} theirs · {1} mine', p.items.theirs, p.items.mine + p.items.other)}</span>` : ''}${p.items.overdue ? html`<span class="sub state-overdue">${l10n.t('{0} past due', p.items.overdue)}</span>` : ''}</td>
</tr>`;
}

export interface OverviewGroup {
  readonly title: string;
  readonly people: readonly { readonly overview: PersonOverview; readonly folder?: string }[];
}

/** The Coaching insights view's body: totals across everyone, then a row per person by group. */
export function renderOverview(input: { readonly today: IsoDate; readonly groups: readonly OverviewGroup[]; readonly loading?: { readonly done: number; readonly total: number } }, l10n: L10n = ENGLISH): Html {
  const everyone = everyoneTotals(input.groups.flatMap(g => g.people.map(p => p.overview)));
  const cadenceShare = everyone.expected ? Math.min(1, everyone.onTime / everyone.expected) : undefined;
  const head = html`<thead><tr>${overviewColumns(l10n).map(c => html`<th scope="col">${c}</th>`)}</tr></thead>`;
  const tile = (label: string, value: string, text: string, extra: HtmlValue = '') => html`<div class="tile"><span class="tile-label">${label}</span><span class="tile-value">${value}</span>${extra}<span class="tile-text">${text}</span></div>`;
  return html`<header class="page-head">
<div>
<h1>${l10n.t('Coaching insights')}</h1>
<p class="sub">${humanDate(input.today)} · ${everyone.people === 1 ? l10n.t('1 person') : l10n.t('{0} people', everyone.people)} · ${l10n.t('each person\'s last {0} meetings', TREND_MEETINGS)}</p>
</div>
${commandButton(l10n.t('Refresh'), { command: 'refresh' }, 'action', l10n.t('Read every note again'))}
</header>
${input.loading ? html`<p class="muted" role="status">${input.loading.total ? l10n.t('Reading notes… {0} of {1}', input.loading.done, input.loading.total) : l10n.t('Reading notes…')}</p>` : ''}
<section class="tiles" aria-label="${l10n.t('Across everyone')}">
${tile(l10n.t('Open share'), percent(everyone.openShare), everyone.asked ? l10n.t('{0} of {1} questions were open', everyone.open, everyone.asked) : l10n.t('No questions written down yet'), meter(everyone.openShare, 'open'))}
${tile(l10n.t('Leading'), String(everyone.leading), everyone.leading === 1 ? l10n.t('question had the answer built in') : l10n.t('questions had the answer built in'))}
${tile(l10n.t('Told'), String(everyone.told), everyone.toldOff
    ? (everyone.toldOff === 1 ? l10n.t('telling findings in {0} meetings; not counted for 1 person (the linter is off for their relationship)', everyone.toldMeetings)
      : l10n.t('telling findings in {0} meetings; not counted for {1} people (the linter is off for their relationship)', everyone.toldMeetings, everyone.toldOff))
    : l10n.t('telling findings in {0} meetings', everyone.meetings))}
${tile(l10n.t('Cadence kept'), percent(cadenceShare), everyone.expected ? l10n.t('{0} of {1} meetings on time, last 6 months', everyone.onTime, everyone.expected) : l10n.t('No meetings expected yet'), meter(cadenceShare))}
${tile(l10n.t('Open items'), String(everyone.openItems), everyone.overdueItems ? l10n.t('{0} past their due date', everyone.overdueItems) : l10n.t('none past a due date'))}
</section>
${input.groups.filter(g => g.people.length).map(g => html`<section>
<h2>${g.title}</h2>
<table class="people">${head}<tbody>${g.people.map(p => personRow(p.overview, input.today, p.folder, l10n))}</tbody></table>
</section>`)}
${input.groups.every(g => !g.people.length) && !input.loading ? html`<p class="muted">${l10n.t('No one in people.json yet. Add a person from the People view.')}</p>` : ''}
${aboutNumbers(l10n)}`;
}
