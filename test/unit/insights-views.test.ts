// The prep panel's and the insights view's content, from notes to HTML: today's note is this meeting
// and not the last, a binary file is no meeting, the numbers agree with the list of questions not
// asked, the wording reflects, and every note text is escaped (a hostile note runs nothing).
import * as assert from 'assert';
import { lintMarkdown } from '../../src/core/lint/engine';
import { escapeHtml, html, Html } from '../../src/core/html';
import { buildItems } from '../../src/core/items/chains';
import { meter, sparkline, trendChart } from '../../src/core/insights/chart';
import { everyoneTotals, personOverview } from '../../src/core/insights/overview';
import { plainLine, renderOverview, renderPrep } from '../../src/core/insights/render';
import type { MeetingNote } from '../../src/core/insights/series';
import { noteStats } from '../../src/core/insights/stats';
import { ENGLISH } from '../../src/core/html';
import { buildPrepModel, summarize } from '../../src/core/prep';
import { questionSet } from '../../src/core/questions';
import type { Person } from '../../src/core/roster';
import { renderNote } from '../../src/core/templates';

const amara: Person = { id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false };
const first = questionSet('coaching').groups[0].questions[0].text;

interface TestNote { readonly fileName: string; readonly text: string }

const note = (date: string, body: string): TestNote => ({ fileName: `${date}.md`, text: `---\nperson: amara-okafor\ndate: ${date}\n---\n${body}` });
const meeting = (n: TestNote): MeetingNote => {
  const date = n.fileName.slice(0, 10);
  return { date, fileName: n.fileName, sequence: 1, stats: noteStats(n.text, lintMarkdown(n.text, { mode: 'coaching' })) };
};
const itemsOf = (notes: readonly TestNote[], person: Person = amara) => buildItems(notes, { person: { id: person.id, name: person.name } });
function prep(notes: readonly TestNote[], today: string, lastText?: string) {
  const ms = notes.map(meeting);
  return buildPrepModel({ person: amara, cadenceDays: 7, today, notes: ms, items: itemsOf(notes), ...(lastText !== undefined ? { lastText } : {}) });
}

const march3 = note('2026-03-03', '# 1:1\n\n## Notes\nQuiet week. How did the offsite go? Did you get the room?\n');
const march10 = note('2026-03-10', `# 1:1\n\n## Questions\n\n- ${first}\n  - The release.\n\n## Notes\nShe found the cause herself.\nWe agreed on a spike. What would you try first? Any blockers? You should refactor this before the release.\n\n## Action items\n- [ ] Amara: spike the fix by Friday\n- [x] Me: intro to Kenji\n`);

describe('insights views: the prep model', () => {
  it('the last meeting before today, its summary and numbers, open items with where they are', () => {
    const model = prep([march3, march10], '2026-03-20', march10.text);
    assert.strictEqual(model.last?.fileName, '2026-03-10.md');
    assert.strictEqual(model.last?.daysAgo, 10);
    assert.strictEqual(model.status.state, 'overdue');
    assert.strictEqual(model.status.overdueBy, 3);
    assert.deepStrictEqual(model.last?.summary.map(l => l.text), ['She found the cause herself.', 'We agreed on a spike. What would you try first? Any blockers? You should refactor this before the release.']);
    assert.ok(model.last?.summary.every(l => !l.private));
    assert.deepStrictEqual(model.last?.point.counts, { open: 2, closed: 1, leading: 0, told: 1 });
    assert.deepStrictEqual(model.openItems.map(i => [i.text, i.owner, i.file, i.due?.date, i.due?.overdueBy]), [['Amara: spike the fix by Friday', 'them', '2026-03-10.md', '2026-03-13', 7]]);
    assert.strictEqual(model.openItems[0].line, 17);
    assert.deepStrictEqual(model.series.map(p => p.date), ['2026-03-03', '2026-03-10']);
    assert.strictEqual(model.meetingCount, 2);
  });

  it('a note dated today is this meeting, not the last one', () => {
    const today = note('2026-03-20', renderNote({ personId: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', date: '2026-03-20' }));
    const model = prep([march3, march10, today], '2026-03-20', march10.text);
    assert.strictEqual(model.last?.fileName, '2026-03-10.md');
    assert.deepStrictEqual(model.todayNotes, ['2026-03-20.md']);
    assert.deepStrictEqual(model.series.map(p => p.date), ['2026-03-03', '2026-03-10'], 'the trend stops before today');
    const page = renderPrep(model).value;
    assert.match(page, /1:1 today \(this meeting, not the last one\)/);
    assert.match(page, /10 days ago/);
  });

  it('text from a private part is kept in the summary and marked private, line by line', () => {
    const text = '---\nperson: amara-okafor\n---\n# 1:1\n\n## Notes\n\nShe presented the migration plan.\n<!-- private -->\nShe may be looking at a role on another team. I will wait for her to raise it.\n<!-- /private -->\nWe agreed on a spike.\nAnd on the <!-- private -->band review<!-- /private --> timing.\n\n### Private\n\nComp is below band.\n\n## Action items\n';
    assert.deepStrictEqual(summarize(text), [
      { text: 'She presented the migration plan.', private: false },
      { text: 'She may be looking at a role on another team. I will wait for her to raise it.', private: true },
      { text: 'We agreed on a spike.', private: false },
      { text: 'And on the band review timing.', private: true },
      { text: '### Private', private: true },
      { text: 'Comp is below band.', private: true },
    ]);
    // The first paragraph, when there is no Notes section, is marked the same way; a note without private parts has no mark.
    assert.deepStrictEqual(summarize('# 1:1\n\n<!-- private -->\nOnly mine.\n<!-- /private -->\n'), [{ text: 'Only mine.', private: true }]);
    assert.deepStrictEqual(summarize('# 1:1\n\nA private matter, in words only.\n'), [{ text: 'A private matter, in words only.', private: false }]);
  });

  it('the panel marks private summary lines and private open items with a badge, their text escaped', () => {
    const last = note('2026-03-10', '# 1:1\n\n## Notes\n\nShe presented.\n<!-- private -->\nShe may be looking at a role <b>elsewhere</b>.\n- [ ] Me: ask HR about her band\n<!-- /private -->\n\n## Action items\n- [ ] Amara: send the plan\n');
    const model = prep([last], '2026-03-20', last.text);
    assert.deepStrictEqual(model.openItems.map(i => [i.text, i.private]), [['Me: ask HR about her band', true], ['Amara: send the plan', false]]);
    const page = renderPrep(model).value;
    const badge = '<span class="private-badge" title="From a private part of the note: Copy Agenda and review prep leave it out.">private</span>';
    assert.ok(page.includes(`<p class="private">${badge} She may be looking at a role &lt;b&gt;elsewhere&lt;/b&gt;.</p>`), page);
    assert.ok(page.includes('<p>She presented.</p>'));
    assert.strictEqual(page.split(badge).length - 1, 3, 'two summary lines and one open item');
    assert.match(page, new RegExp(`<span class="owner owner-me">Me</span> ${badge.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <span class="item-text">ask HR about her band</span>`));
  });

  it('a binary file in the person\'s folder is no meeting', () => {
    const binary = { fileName: '2026-03-15.md', text: 'PNG\u0000\u0001\u0002\u0003 IHDR why? what?' };
    const model = prep([march3, march10, binary], '2026-03-20', march10.text);
    assert.strictEqual(model.last?.fileName, '2026-03-10.md');
    assert.deepStrictEqual(model.skipped, ['2026-03-15.md']);
    assert.strictEqual(model.meetingCount, 2);
  });

  it('a question answered in the last meetings is not offered again; the others are, by purpose', () => {
    const model = prep([march3, march10], '2026-03-20', march10.text);
    const offered = model.notAsked.flatMap(g => g.questions);
    assert.ok(!offered.includes(first));
    assert.strictEqual(offered.length, questionSet('coaching').groups.flatMap(g => g.questions).length - 1);
  });

  it('someone with no notes: nothing before today, every question offered', () => {
    const model = prep([], '2026-03-20');
    assert.strictEqual(model.last, undefined);
    assert.strictEqual(model.status.state, 'never');
    const page = renderPrep(model).value;
    assert.match(page, /No 1:1 before today in these notes/);
    assert.match(page, /No meetings before today yet/);
    assert.match(page, /Questions not asked lately/);
  });
});

describe('insights views: wording', () => {
  it('reflects with counts, never grades', () => {
    const model = prep([march3, march10], '2026-03-20', march10.text);
    const page = renderPrep(model).value;
    assert.match(page, /2 of 3 questions were open last time\./);
    assert.match(page, /Telling found once\./);
    assert.match(page, /MITI 3\.1\.1/);
    assert.match(page, /Tanana et al\. \(2016\)/);
    for (const word of ['poor', 'bad', 'good job', 'great', 'fail', 'score', 'grade:']) assert.ok(!page.toLowerCase().includes(word), word);
  });

  it('the trend has a chart with its numbers in a table beside it', () => {
    const page = renderPrep(prep([march3, march10], '2026-03-20', march10.text)).value;
    assert.match(page, /<svg class="chart"[^>]*role="img" aria-labelledby="prep-trend-title prep-trend-desc"/);
    assert.match(page, /<desc id="prep-trend-desc">3 Mar: 50% open, told 0; 10 Mar: 67% open, told 1<\/desc>/);
    assert.match(page, /<th scope="row">10 Mar<\/th><td class="num">2<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">67%<\/td><td class="num">1<\/td>/);
  });
});

describe('insights views: with the linter off for the mode', () => {
  it('the prep and the insights row say telling is not counted, instead of "No telling found" and 0', () => {
    const notes = [march3, march10];
    const ms = notes.map(n => ({ ...meeting(n), stats: { ...meeting(n).stats, counts: { ...meeting(n).stats.counts, told: 0 } } }));
    const model = buildPrepModel({ person: amara, cadenceDays: 7, today: '2026-03-20', notes: ms, items: itemsOf(notes), lastText: march10.text, tellingOff: true });
    const page = renderPrep(model, ENGLISH).value;
    assert.ok(!page.includes('No telling found'), 'no claim that nothing was told');
    assert.match(page, /Telling is not counted: the linter is off for this relationship/);
    assert.match(page, /not counted: the linter is off/, 'the chart says so where its told bars would be');
    assert.ok(!/<desc[^>]*>[^<]*told/.test(page), 'the chart\'s description counts no telling');
    const on = renderPrep(buildPrepModel({ person: amara, cadenceDays: 7, today: '2026-03-20', notes: notes.map(meeting), items: itemsOf(notes), lastText: march10.text }), ENGLISH).value;
    assert.ok(!on.includes('not counted'), 'with the linter on, the counts as before');
    const overview = personOverview({ person: amara, cadenceDays: 7, notes: ms, items: itemsOf(notes), today: '2026-03-20', tellingOff: true });
    const row = renderOverview({ today: '2026-03-20', groups: [{ title: 'Direct reports', people: [{ overview, folder: 'file:///w' }] }] }, ENGLISH).value;
    assert.match(row, /not counted/);
    assert.ok(!row.includes('Told by meeting'), 'no told numbers for screen readers either');
    assert.match(row, /telling findings in 0 meetings; not counted for 1 person \(the linter is off for their relationship\)/, 'the Told tile says for whom it counts nothing');
  });
});

describe('insights views: escaping', () => {
  const hostile = '<script>console.log("LL-XSS-1")</script> <img src=x onerror=console.log("LL-XSS-2")> [click](javascript:console.log("LL-XSS-3")) "quotes" & \'apos\' `tick`';

  it('html escapes every value; fragments stay as built', () => {
    assert.strictEqual(escapeHtml(hostile).includes('<'), false);
    assert.strictEqual(html`<p title="${hostile}">${hostile}</p>`.value.match(/</g)?.length, 2);
    assert.strictEqual(html`${new Html('<b>x</b>')}${['<i>', new Html('<u>')]}`.value, '<b>x</b>&lt;i&gt;<u>');
    assert.strictEqual(html`${undefined}${null}${false}${NaN}`.value, '');
  });

  it('a hostile note (name, summary, items, questions) gives a page with no tag, handler or link of its own', () => {
    const evil: Person = { ...amara, name: `Eve <img src=x onerror=alert(1)>` };
    const text = `---\nperson: eve\n---\n# 1:1\n\n## Notes\n${hostile}\nWhat about <script>alert(4)</script> this?\n\n## Action items\n- [ ] ${hostile}\n`;
    const n = { fileName: '2026-03-10.md', text };
    const ms = [meeting(n)];
    const model = buildPrepModel({ person: evil, cadenceDays: 7, today: '2026-03-20', notes: ms, items: itemsOf([n], evil), lastText: text });
    for (const page of [renderPrep(model).value, renderOverview({ today: '2026-03-20', groups: [{ title: 'Direct reports', people: [{ overview: personOverview({ person: evil, cadenceDays: 7, notes: ms, items: itemsOf([n], evil), today: '2026-03-20' }), folder: 'file:///w"><script>' }] }] }).value]) {
      assert.ok(!/<(?:script|img|a|iframe|object|embed|link|meta|style|form|input)\b/i.test(page), 'only our own tags');
      // Attribute values are quoted and hold no quote of their own: outside them, no handler attribute.
      const tags = page.match(/<[^>]*>/g) ?? [];
      for (const tag of tags) assert.ok(!/\son[a-z]+\s*=/i.test(tag.replace(/="[^"]*"/g, '=""')), tag);
      assert.ok(!/href=/i.test(page), 'no links at all: buttons post messages');
      assert.ok(page.includes('&lt;script&gt;'), 'the script tag is shown as text');
    }
  });

  it('summary lines are plain text: links become their words, their targets dropped', () => {
    assert.strictEqual(plainLine('- see [the doc](javascript:alert(1)) and **this**'), 'see the doc and this');
  });
});

describe('insights views: the overview', () => {
  it('a row per person with last 1:1, cadence kept, open share, told and open items; totals across everyone', () => {
    const notes = [march3, march10];
    const overview = personOverview({ person: amara, cadenceDays: 7, notes: notes.map(meeting), items: itemsOf(notes), today: '2026-03-20' });
    assert.strictEqual(overview.latest?.date, '2026-03-10');
    assert.strictEqual(overview.items.open, 1);
    assert.strictEqual(overview.items.theirs, 1);
    assert.strictEqual(overview.items.overdue, 1);
    assert.strictEqual(overview.cadence.expected, 3);
    const totals = everyoneTotals([overview, overview]);
    assert.strictEqual(totals.asked, 2 * 5);
    assert.strictEqual(totals.open, 2 * 3);
    const page = renderOverview({ today: '2026-03-20', groups: [{ title: 'Direct reports', people: [{ overview, folder: 'file:///w' }] }] }, ENGLISH).value;
    assert.match(page, /data-command="prep" data-person="amara-okafor" data-folder="file:\/\/\/w"/);
    assert.match(page, /3 of 5 questions were open/);
    assert.match(page, /Open share by meeting, oldest first: 50%, 67%/);
    assert.match(page, /overdue by 3 days/);
    assert.match(page, /last: 2 of 3 open/);
    // On the day of a 1:1 its note is the trend's last point: said as today's, not as last time's.
    const onTheDay = personOverview({ person: amara, cadenceDays: 7, notes: notes.map(meeting), items: itemsOf(notes), today: '2026-03-10' });
    const dayPage = renderOverview({ today: '2026-03-10', groups: [{ title: 'Direct reports', people: [{ overview: onTheDay, folder: 'file:///w' }] }] }, ENGLISH).value;
    assert.match(dayPage, /today: 2 of 3 open/);
    assert.doesNotMatch(dayPage, /last: \d+ of/);
  });

  it('each data cell carries its column\'s name (shown when a narrow editor stacks the rows into cards), the header\'s own words', () => {
    const notes = [march3, march10];
    const overview = personOverview({ person: amara, cadenceDays: 7, notes: notes.map(meeting), items: itemsOf(notes), today: '2026-03-20' });
    const page = renderOverview({ today: '2026-03-20', groups: [{ title: 'Direct reports', people: [{ overview, folder: 'file:///w' }] }] }, ENGLISH).value;
    const header = [...page.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map(m => m[1]);
    assert.deepStrictEqual(header, ['Person', 'Last 1:1', 'Cadence kept, 6 months', 'Open share, last 8', 'Told, last 8', 'Open items']);
    const row = /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
    assert.deepStrictEqual([...row.matchAll(/<td[^>]*><span class="cell-label">([^<]*)<\/span>/g)].map(m => m[1]), header.slice(1));
  });

  it('charts are SVG with classes for the theme\'s colours, and no style attributes (the CSP allows none)', () => {
    const chart = trendChart([], { id: 't', l10n: ENGLISH }).value + sparkline([0.5, undefined, 1], { max: 1, kind: 'open' }).value + meter(0.4).value;
    assert.ok(!/style=/.test(chart));
    assert.match(chart, /class="chart-open"/);
    assert.match(chart, /No meetings yet\./);
  });
});
