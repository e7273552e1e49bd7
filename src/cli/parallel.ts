// Many files split over worker threads that run the CLI's own script: one thread per core (up to 4),
// whole folders to a thread (a person's notes share a linter's chunk cache), the main thread taking a
// share too, results in the files' order. `lint` and `stats` use it from PARALLEL_FROM files on.
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';

/** Below this many files one thread is faster than starting workers (stats: it reads each note's questions too). */
export const PARALLEL_FROM = 400;

/** What a worker is given: which command's work (`role`), that command's options, its share of the files. */
export interface WorkerTask {
  readonly role: string;
  readonly files: readonly string[];
}

/** How many threads to use: one per core, up to 4; LEARNING_LEADER_THREADS=1 keeps it to one (to compare, or on a busy machine). */
export function threadCount(): number {
  const wanted = Number(process.env.LEARNING_LEADER_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? Math.min(8, wanted) : Math.min(4, os.availableParallelism?.() ?? os.cpus().length);
}

/** Whether `files` are worth splitting over threads (at least `from` of them), given the CLI's script to start them with. */
export function worthThreads(script: string | undefined, files: readonly string[], from = PARALLEL_FROM): script is string {
  // LEARNING_LEADER_PARALLEL_FROM=n: split from n files on (the tests split a handful).
  const override = Number(process.env.LEARNING_LEADER_PARALLEL_FROM);
  return !!script && files.length >= (Number.isInteger(override) && override > 0 ? override : from) && threadCount() > 1;
}

/**
 * Runs `runShare` over `files` split across threads: the workers run `script` with `task` and their
 * share (the role registered with `workerRole` does the work there), the main thread runs its own
 * share meanwhile. Results come back in the order of `files`; `runShare` returns one per file.
 */
export async function inWorkers<R>(script: string, files: readonly string[], task: Omit<WorkerTask, 'files'>, runShare: (files: readonly string[]) => Promise<R[]>): Promise<R[]> {
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const dir = path.dirname(f);
    const list = byFolder.get(dir);
    if (list) list.push(f);
    else byFolder.set(dir, [f]);
  }
  const shares: string[][] = Array.from({ length: threadCount() }, () => []);
  // Largest folders first, each to the share with the fewest files so far.
  for (const list of [...byFolder.values()].sort((a, b) => b.length - a.length)) {
    shares.reduce((min, s) => (s.length < min.length ? s : min), shares[0]).push(...list);
  }
  const [mine, ...theirs] = shares;
  const fromWorkers = theirs.map(share => new Promise<R[]>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { ...task, files: share } satisfies WorkerTask });
    worker.once('message', (m: R[]) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', code => { if (code !== 0) reject(new Error(`a ${task.role} worker stopped with code ${code}`)); });
  }));
  const all = [await runShare(mine), ...(await Promise.all(fromWorkers))];
  const byFile = new Map<string, R>();
  [mine, ...theirs].forEach((share, k) => share.forEach((f, i) => byFile.set(f, all[k][i] as R)));
  return files.map(f => byFile.get(f) as R);
}

const roles = new Map<string, (task: WorkerTask) => Promise<unknown[]>>();

/** Registers what a worker started for `role` does with its task: its results are posted back as they are (plain data). */
export function workerRole<T extends WorkerTask>(role: string, run: (task: T) => Promise<unknown[]>): void {
  roles.set(role, run as (task: WorkerTask) => Promise<unknown[]>);
}

/** In a worker thread started by inWorkers: runs its role on its share and posts the results back. False on the main thread. */
export async function runWorker(): Promise<boolean> {
  const task = workerData as WorkerTask | undefined;
  const run = !isMainThread && task ? roles.get(task.role) : undefined;
  if (!run || !task) return false;
  parentPort?.postMessage(await run(task));
  return true;
}

/** What a run does with one file: its result, or why it was skipped (a notice) or could not be read (an error). */
export type FileOutcome<R> = R | { readonly notice: string } | { readonly error: string };

/** The results of a run's files in order, with the notices and errors moved to the run's lists. */
export function sortOutcomes<R extends object>(outcomes: readonly FileOutcome<R>[], notices: string[], errors: string[]): R[] {
  const results: R[] = [];
  for (const o of outcomes) {
    if ('notice' in o) notices.push(o.notice);
    else if ('error' in o) errors.push(o.error);
    else results.push(o);
  }
  return results;
}
