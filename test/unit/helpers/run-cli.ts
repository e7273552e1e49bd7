// Runs the CLI's main() in this process, capturing what it prints.
import { main } from '../../../src/cli/main';

export async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const w1 = process.stdout.write, w2 = process.stderr.write;
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    return { code: await main(args, cwd), out, err };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}
