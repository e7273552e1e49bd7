import { Linter } from '../src/core/lint/engine';
import * as fs from 'fs';
const PARAGRAPHS = [
  'Discussed the on-call load since reorg {n}. {who} thinks the pager noise comes from two flaky alerts.',
  'You should take the lead on API redesign {n}.',
  'What would you try first if alert {n} were yours to fix?',
  '- [ ] {who}: draft on-call proposal {n}\n- [x] Me: ask finance about tooling budget {n}',
  '> Forwarded from product: please send estimate {n} by EOD.',
  '```bash\nmake deploy-{n}\ngit push origin main\n```',
  '## Notes {n}\n\n{who} said "you need to ship it by Friday" was unrealistic. We agreed to revisit roadmap item {n} next week.',
  '1. Walk me through your plan for migration {n}.\n2. Help me understand what happened with release {n}.\n3. Send me draft {n} by Thursday.',
  'We looked at [dashboard {n}](https://example.com/dash/{n}) together and `kubectl get pods` showed {n} restarts.',
  '| Topic | Owner |\n| --- | --- |\n| Hiring {n} | {who} |',
  'Make sure test suite {n} passes before you merge. Why didn\'t you ask {who} for help sooner?',
  '**Wins:** launch {n} went well; the team was proud of the rollout and the customer feedback was warm.',
];
const PEOPLE = ['Jordan', 'Amara', 'Kenji', 'Leila', 'Mateo', 'Priya', 'Tomasz', 'Sam', 'Lee', 'Dana', 'Luis'];
function note(bytes: number): string {
  const parts = ['---', 'person: jordan-lee', 'date: 2026-11-20', 'mode: coaching', '---', '# 1:1 with Jordan', ''];
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const p = PARAGRAPHS[(i * 7) % PARAGRAPHS.length].replace(/\{n\}/g, String(i)).replace(/\{who\}/g, PEOPLE[i % PEOPLE.length]);
    parts.push(p, ''); size += p.length + 2;
  }
  return parts.join('\n');
}
const text = note(100_000);
for (let i = 0; i < 20; i++) new Linter().lint(text);
const t0 = performance.now();
for (let i = 0; i < 100; i++) new Linter().lint(text);
console.log('100KB lint ms', ((performance.now() - t0) / 100).toFixed(2));
