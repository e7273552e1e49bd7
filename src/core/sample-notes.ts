// The sample roster and notes. "Create Sample Notes" writes them dated relative to today, so the
// tree shows a realistic mix (one clearly overdue, one met a few days ago); sample/one-on-ones in
// the repository is the same set rendered for SAMPLE_ANCHOR (a unit test keeps the two in step).
// Everyone here is invented.
import { carriedOverLines, openItems } from './carryover';
import { addDays, type IsoDate } from './dates';
import { renderFrontMatter } from './frontmatter';
import type { Mode, Relationship } from './modes';

/** The "today" that sample/one-on-ones in the repository was rendered for. */
export const SAMPLE_ANCHOR: IsoDate = '2026-11-20';

interface NoteContext {
  /** The date some days before today. */
  readonly date: (daysAgo: number) => IsoDate;
  /** The "Carried over" list from this person's note of `daysAgo`; items in `done` are ticked. */
  readonly carry: (daysAgo: number, done?: readonly string[]) => string;
}

interface SamplePerson {
  readonly id: string;
  readonly name: string;
  readonly relationship: Relationship;
  readonly mode: Mode;
  readonly cadenceDays: number;
  readonly archived: boolean;
  readonly team: string;
  /** Notes as (days before today, body after the front matter), oldest first. */
  readonly notes: readonly (readonly [number, (context: NoteContext) => string])[];
}

const PEOPLE: readonly SamplePerson[] = [
  {
    id: 'amara-okafor', name: 'Amara Okafor', relationship: 'direct-report', mode: 'coaching', cadenceDays: 7, archived: false, team: 'Payments',
    notes: [
      [26, () => `# 1:1 with Amara Okafor

## Their agenda
- The flaky settlement tests
- Whether to go to the platform guild

## Questions
- What is on your mind today?
  - The settlement suite fails about one run in five and nobody owns it.
- What would you try first?
  - Quarantine the three worst tests and measure for a week.

## Notes
Amara thinks the flakiness comes from shared fixtures. You need to fix this before the release.
I told her to pair with Sven on it; in hindsight I could have asked who she wanted to work with.

## Action items
- [x] Amara: list the ten flakiest tests
- [ ] Amara: draft a proposal for fixture isolation
- [ ] Me: ask the platform guild whether there is room for one more
`],
      [19, ({ carry }) => `# 1:1 with Amara Okafor

## Carried over
${carry(26, ['Me: ask the platform guild whether there is room for one more'])}

## Their agenda
- Feedback on the incident review she ran
- Guild: yes or no?

## Questions
- What did you learn from how this went?
  - Running the review without a fixed agenda made people talk more; next time she wants a timeline first.
- Where do you think my view is out of date?
  - She thinks I still see the settlement service as "legacy"; the team rewrote half of it in the spring.
- What will you try first?

## Notes
Good review. Make sure you send the summary to the whole team by Friday.
She is unsure about the guild: worried it takes time from the release.

<!-- private -->
She may be looking at a role on another team. I will wait for her to raise it.
<!-- /private -->

\`\`\`text
- [ ] not a task: pasted from the runbook, ignored by carry-over
\`\`\`

## Action items
- [ ] Amara: decide about the guild and tell me why
  - [ ] Talk to Kenji about what the guild expects
  - [x] Read the guild charter
- [x] Me: share last quarter's incident numbers
`],
    ],
  },
  {
    id: 'mateo-fernandez', name: 'Mateo Fernández', relationship: 'direct-report', mode: 'co-learning', cadenceDays: 14, archived: false, team: 'Payments',
    notes: [
      [31, () => `# 1:1 with Mateo Fernández

## Their agenda
- Event sourcing for the ledger: is it worth it?

## Questions
- What is on your mind today?
  - Neither of us has run event sourcing in production. He found two teams who have.
- What are we both unsure about here?
  - How replay behaves with ten million events; we agreed to find out rather than guess.

## Notes
We are learning this together. He will spike it; I will read the two post-mortems he found.

## Action items
- [x] Mateo: spike a replay of one month of ledger events
- [x] Me: read the two post-mortems and share what surprised me
`],
      [17, ({ carry }) => `# 1:1 with Mateo Fernández

## Carried over
${carry(31)}

## Their agenda
- Spike results: replay takes 40 minutes
- Hiring loop for the new backend role

## Questions
- What surprised you in the spike?
  - Snapshots fix replay time but make schema changes harder.
- What would you do differently if you started again?

## Notes
You should just use snapshots and move on. (Telling again: I had no better idea than he did.)

## Action items
- [ ] Mateo: write up the snapshot trade-offs for the architecture forum
- [ ] Me: join one interview of the loop as a shadow
`],
      [3, ({ carry }) => `# 1:1 with Mateo Fernández

## Carried over
${carry(17, ['Me: join one interview of the loop as a shadow'])}

## Their agenda
- The forum liked the write-up but asked for numbers

## Questions
- What did we learn that neither of us knew a month ago?
  - Replay cost grows with the number of event types, not with volume.
- How will we know it worked?

## Notes
He presented; the forum asked good questions. I shared my own doubts about the migration.

## Action items
- [ ] Mateo: add replay numbers per event type
- [ ] Me: find a second reviewer from the data team
`],
    ],
  },
  {
    id: 'priya-raghunathan', name: 'Priya Raghunathan', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14, archived: false, team: 'Mobile',
    notes: [
      [27, () => `# 1:1 with Priya Raghunathan

## Their agenda
- Career: staff engineer path or lead path?

## Questions
- What is on your mind today?
  - She likes the technical depth but enjoyed mentoring the intern.
- What would help you decide?
  - Trying the lead role on a small project first.

## Notes
I want you to take the lead on the offline-sync project. She said yes, but I am not sure she felt she could say no.

## Action items
- [x] Priya: write down what she wants from the next year
- [ ] Me: find a small project she could lead
`],
      [13, ({ carry }) => `# 1:1 with Priya Raghunathan

## Carried over
${carry(27)}

## Their agenda
- Offline-sync kickoff went well
- She wants feedback on how she ran it

## Questions
- What did you learn from how this went?
  - Asking the team for risks up front surfaced two she had missed.
- What would you like me to stop doing?
  - Joining her stand-ups: it makes the team look at me.

## Notes
Don't rush the design review. I will stay out of the stand-ups for a month.

## Action items
- [ ] Priya: run the design review with the team by Friday
- [ ] Me: stay out of the offline-sync stand-ups until the next 1:1
`],
    ],
  },
  {
    id: 'kenji-watanabe', name: 'Kenji Watanabe', relationship: 'peer', mode: 'peer-learning', cadenceDays: 21, archived: false, team: 'Platform (lead)',
    notes: [
      [40, () => `# 1:1 with Kenji Watanabe

## Their agenda
- Our teams keep colliding on the deploy pipeline

## Questions
- What does your team see that mine does not?
  - They carry the pager for the pipeline; we only see it when it is slow.
- Which of my assumptions should I question here?

## Notes
I came in defending our way of deploying. He knows the failure modes far better.

## Action items
- [x] Kenji: share the last three pipeline incidents
- [ ] Me: bring one of our engineers to their next pipeline review
`],
      [20, ({ carry }) => `# 1:1 with Kenji Watanabe

## Carried over
${carry(40)}

## Their agenda
- Platform guild: new members
- Shared on-call for the pipeline?

## Questions
- Where does your expertise change how I should see this?
  - Shared on-call needs shared runbooks first.

## Notes
We agreed to try a joint runbook review. He asked about Amara for the guild.

## Action items
- [ ] Both: one joint runbook review before the end of the month
`],
    ],
  },
  {
    id: 'leila-haddad', name: 'Leila Haddad', relationship: 'peer', mode: 'mentoring', cadenceDays: 14, archived: false, team: 'Data (new manager)',
    notes: [
      [44, () => `# 1:1 with Leila Haddad

## Their agenda
- First month as a manager: too many meetings

## Questions
- What would make this month a good one for you?
  - Two mornings a week without meetings.
- Who else could you learn this from?

## Notes
She asked how I handle my calendar. I shared mine and offered to introduce her to two other new managers.

## Action items
- [x] Me: introduce her to the new-managers circle
`],
      [30, ({ carry }) => `# 1:1 with Leila Haddad

## Carried over
${carry(44)}

## Their agenda
- A conflict between two of her engineers

## Questions
- What have you tried so far?
  - Separate conversations; both feel unheard.
- What would you like from me here: a sounding board, or ideas?
  - Sounding board first.

## Notes
You have to get them in a room together this week. (She did not ask for that advice.)

## Action items
- [ ] Leila: decide how to bring the two together
- [ ] Me: send her the facilitation guide she asked about
`],
    ],
  },
  {
    id: 'tomasz-nowak', name: 'Tomasz Nowak', relationship: 'direct-report', mode: 'coaching', cadenceDays: 14, archived: true, team: 'Payments (moved to Search)',
    notes: [
      [134, () => `# 1:1 with Tomasz Nowak

## Their agenda
- The search team asked whether he wants to join them

## Questions
- What is on your mind today?
  - He is curious about search but worried about leaving the settlement work half done.
- What would make it feel like a good time to move?
  - A handover he trusts, and someone who owns the nightly jobs.

## Notes
We looked at who could own the settlement jobs. I said I would support the move either way.

## Action items
- [x] Tomasz: talk to the search lead about the role
- [x] Me: find an owner for the nightly jobs
`],
      [120, ({ carry }) => `# 1:1 with Tomasz Nowak

## Carried over
${carry(134)}

## Their agenda
- Moving to the search team next month

## Questions
- What do you want to learn there that you could not learn here?
  - Relevance tuning, and working closer to users.

## Notes
Handover plan agreed. He will stay reachable for settlement questions.

## Action items
- [x] Tomasz: handover doc for the settlement jobs
- [ ] Me: check in with him after his first month on search
`],
    ],
  },
];

export interface SampleFile {
  /** Path relative to the notes folder, e.g. "amara-okafor/2026-10-25.md". */
  readonly path: string;
  readonly content: string;
}

/** The sample roster and notes as they would be on `today`. */
export function sampleFiles(today: IsoDate): SampleFile[] {
  const date = (daysAgo: number) => addDays(today, -daysAgo);
  const roster = {
    people: PEOPLE.map(p => ({ id: p.id, name: p.name, relationship: p.relationship, mode: p.mode, cadenceDays: p.cadenceDays, archived: p.archived, team: p.team })),
  };
  const files: SampleFile[] = [{ path: 'people.json', content: `${JSON.stringify(roster, null, 2)}\n` }];
  for (const p of PEOPLE) {
    const written = new Map<number, string>();
    const carry = (daysAgo: number, done: readonly string[] = []) => {
      const source = written.get(daysAgo) ?? '';
      const items = openItems(source);
      if (!items.length) return `_Nothing left open in ${date(daysAgo)}._`;
      return carriedOverLines(items, `${date(daysAgo)}.md`)
        .map((line, i) => (done.includes(items[i]?.text ?? '') ? line.replace('- [ ]', '- [x]') : line))
        .join('\n');
    };
    for (const [daysAgo, body] of p.notes) {
      const front = renderFrontMatter({ person: p.id, date: date(daysAgo), relationship: p.relationship, mode: p.mode });
      const content = `${front}\n${body({ date, carry })}`;
      written.set(daysAgo, content);
      files.push({ path: `${p.id}/${date(daysAgo)}.md`, content });
    }
  }
  return files;
}
