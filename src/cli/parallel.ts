// Many files split over worker threads that run the CLI's own script: one thread per core (up to 4)
// including the main one. The files are cut into runs in their order, cut where the folder changes (a
// person's notes share a linter's chunk cache); each thread takes the next run until none is left;
// the results come back in the files' order. `lint` and `stats` use it from PARALLEL_FROM files on.
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';

/** Below this many files one thread is faster than starting workers (stats: it reads each note's questions too). */
export const PARALLEL_FROM = 400;

/** What a worker is given: which command's work (`role`) and that command's options (the files come in runs). */
export interface WorkerTask {
  readonly role: string;
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

/** How many runs each thread gets on average: enough that a thread that ends early takes more, few enough that each run keeps a folder's notes together. */
const RUNS_PER_THREAD = 12;

/** What a worker is given besides its task: the runs of files, and the shared counter each thread takes the next run's index from. */
interface WorkerData extends WorkerTask {
  readonly runs: readonly (readonly string[])[];
  readonly next: Int32Array;
}

/** Takes runs by index from `next` (shared by every thread) until none is left: each result with its run's index. */
export async function takeRuns<S>(runs: readonly (readonly string[])[], next: Int32Array, runShare: (files: readonly string[]) => Promise<S>): Promise<[number, S][]> {
  const done: [number, S][] = [];
  for (let i = Atomics.add(next, 0, 1); i < runs.length; i = Atomics.add(next, 0, 1)) done.push([i, await runShare(runs[i])]);
  return done;
}

/**
 * Runs `runShare` over `files` cut into runs (contiguousShares, about RUNS_PER_THREAD per thread)
 * that the threads take one after another from a shared counter until none is left, so a thread that
 * is slower (a worker starts later; on two hyperthreads one often runs behind) does fewer. The workers
 * run `script` with `task` (the role registered with `workerRole` does the work there); the main
 * thread takes runs meanwhile. One result per run, in the runs' order (the files' order).
 */
export async function inShares<S>(script: string, files: readonly string[], task: WorkerTask, runShare: (files: readonly string[]) => Promise<S>): Promise<S[]> {
  const threads = threadCount();
  const runs = contiguousShares(files, Math.max(1, Math.min(files.length, threads * RUNS_PER_THREAD)));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const fromWorkers = Array.from({ length: threads - 1 }, () => new Promise<[number, S][]>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { ...task, runs, next } satisfies WorkerData });
    worker.once('message', (m: [number, S][]) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', code => { if (code !== 0) reject(new Error(`a ${task.role} worker stopped with code ${code}`)); });
  }));
  const results: S[] = new Array<S>(runs.length);
  for (const done of [await takeRuns(runs, next, runShare), ...(await Promise.all(fromWorkers))]) for (const [i, r] of done) results[i] = r;
  return results;
}

/** inShares for a `runShare` that returns one result per file: the results in the order of `files`. */
export async function inWorkers<R>(script: string, files: readonly string[], task: WorkerTask, runShare: (files: readonly string[]) => Promise<R[]>): Promise<R[]> {
  return ([] as R[]).concat(...(await inShares(script, files, task, runShare)));
}

const roles = new Map<string, (task: WorkerTask) => (files: readonly string[]) => Promise<unknown>>();

/**
 * Registers what a worker started for `role` does: `start` is called once with the task and returns
 * what is run on each run of files the worker takes (plain data, posted back as it is).
 */
export function workerRole<T extends WorkerTask>(role: string, start: (task: T) => (files: readonly string[]) => Promise<unknown>): void {
  roles.set(role, start as (task: WorkerTask) => (files: readonly string[]) => Promise<unknown>);
}

/** In a worker thread started by inShares: takes runs and runs its role on each, then posts the results back. False on the main thread. */
export async function runWorker(): Promise<boolean> {
  const data = workerData as WorkerData | undefined;
  const start = !isMainThread && data ? roles.get(data.role) : undefined;
  if (!start || !data) return false;
  parentPort?.postMessage(await takeRuns(data.runs, data.next, start(data)));
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
