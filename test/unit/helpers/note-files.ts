// The markdown notes the differential tests read: every fixture and the sample workspace.
import * as fs from 'fs';
import * as path from 'path';

/** Every .md file under dir, recursively ([] when it does not exist). */
export function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

/** The fixture notes and the sample's notes of the repository at root. */
export function fixtureAndSampleNotes(root: string): string[] {
  return [...markdownFiles(path.join(root, 'test/fixtures')), ...markdownFiles(path.join(root, 'sample'))];
}
