import { partiesOf } from '../src/core/lint/parties';
import * as fs from 'fs';
const dir = '/work/shared/data/notes-dev/';
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.md') && f !== 'README.md')) {
  const p = partiesOf(fs.readFileSync(dir + f, 'utf8'), { fileName: f });
  console.log(f, [...p.person].join(','), '|', [...p.manager].join(','));
}
