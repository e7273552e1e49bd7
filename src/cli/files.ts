import * as fs from 'fs';
import * as path from 'path';

const MARKDOWN = /\.(md|markdown)$/i;

/** Files, folders (markdown files under them) and globs (`*`, `**`, `?`) to a sorted list of files. */
export function expandInputs(inputs: readonly string[], cwd: string): { files: string[]; errors: string[] } {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const matched = glob(input, cwd);
      if (!matched.length) errors.push(`no files match ${input}`);
      matched.forEach(f => files.add(f));
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      errors.push(`cannot read ${input}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(abs).filter(f => MARKDOWN.test(f)).forEach(f => files.add(f));
    else files.add(abs);
  }
  return { files: [...files].sort(), errors };
}

function walk(dir: string, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Minimal glob: the literal prefix is the folder to walk; the rest is matched segment-wise. */
export function glob(pattern: string, cwd: string): string[] {
  const norm = pattern.split(path.sep).join('/');
  const parts = norm.split('/');
  const firstWild = parts.findIndex(p => /[*?]/.test(p));
  const base = path.resolve(cwd, parts.slice(0, firstWild).join('/') || '.');
  const re = globToRegExp(parts.slice(firstWild).join('/'));
  return walk(base).filter(f => re.test(path.relative(base, f).split(path.sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
