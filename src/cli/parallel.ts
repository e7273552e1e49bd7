// Many files split over worker threads that run the CLI's own script: one thread per core (up to 4),
// each a run of the files in their order cut where the folder changes (a person's notes share a
// linter's chunk cache), the main thread taking the first run, results in the files' order. `lint`
// and `stats` use it from PARALLEL_FROM files on.
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
 * `files` cut into `n` runs, in their order and about as long each; a cut moves to the nearest place
 * where the folder changes, if there is one within a quarter of a run's length. Joined in order, the
 * runs are `files`.
 */
export function contiguousShares(files: readonly string[], n: number): string[][] {
  const shares: string[][] = [];
  const reach = Math.ceil(files.length / n / 4);
  const folderChanges = (c: number) => c > 0 && c < files.length && path.dirname(files[c - 1]) !== path.dirname(files[c]);
  let start = 0;
  for (let k = 1; k <= n; k++) {
    let cut = k === n ? files.length : Math.max(start, Math.round((k * files.length) / n));
    if (k < n) {
      for (let d = 0; d <= reach; d++) {
        if (cut - d > start && folderChanges(cut - d)) {
          cut -= d;
          break;
        }
        if (folderChanges(cut + d)) {
          cut += d;
          break;
        }
      }
    }
    shares.push(files.slice(start, cut));
    start = cut;
  }
  return shares;
}

/**
 * Runs `runShare` over `files` cut into a run per thread (contiguousShares): the workers run `script`
 * with `task` and their run (the role registered with `workerRole` does the work there), the main
 * thread runs the first run meanwhile. One result per run, in the runs' order (the files' order).
 */
export async function inShares<S>(script: string, files: readonly string[], task: Omit<WorkerTask, 'files'>, runShare: (files: readonly string[]) => Promise<S>): Promise<S[]> {
  const [mine, ...theirs] = contiguousShares(files, threadCount());
  const fromWorkers = theirs.map(share => (!share.length ? runShare(share) : new Promise<S>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { ...task, files: share } satisfies WorkerTask });
    worker.once('message', (m: S) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', code => { if (code !== 0) reject(new Error(`a ${task.role} worker stopped with code ${code}`)); });
  })));
  return [await runShare(mine), ...(await Promise.all(fromWorkers))];
}

/** inShares for a `runShare` that returns one result per file: the results in the order of `files`. */
export async function inWorkers<R>(script: string, files: readonly string[], task: Omit<WorkerTask, 'files'>, runShare: (files: readonly string[]) => Promise<R[]>): Promise<R[]> {
  return ([] as R[]).concat(...(await inShares(script, files, task, runShare)));
}

const roles = new Map<string, (task: WorkerTask) => Promise<unknown>>();

/** Registers what a worker started for `role` does with its task: its result is posted back as it is (plain data). */
export function workerRole<T extends WorkerTask>(role: string, run: (task: T) => Promise<unknown>): void {
  roles.set(role, run as (task: WorkerTask) => Promise<unknown>);
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
