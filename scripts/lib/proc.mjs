// Process plumbing shared by the project's scripts: spawn children in their own process group,
// stop every one of them on exit, Ctrl+C or SIGTERM, wait on output lines (never on sleeps),
// and pick free ports. Plain Node, no dependencies.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { get } from 'node:http';

/** Groups we started and still own: pid -> { name, child }. */
const groups = new Map();
/** Async clean-ups (close a browser, delete a temp dir...), run last-registered first. */
const cleanups = [];
let handlersInstalled = false;
let shuttingDown = false;

/** Registers an async clean-up; returns a function that unregisters it. */
export function onCleanup(fn) {
  cleanups.push(fn);
  installHandlers();
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/**
 * Spawns `command` as the leader of a new process group (so its grandchildren can be stopped with
 * it). The child is tracked until it exits; `stopAll()` and the signal handlers stop it.
 */
export function spawnGroup(name, command, args, options = {}) {
  installHandlers();
  if (shuttingDown) throw new Error(`not starting ${name}: shutting down`);
  const { graceMs, ...spawnOptions } = options;
  const child = spawn(command, args, { ...spawnOptions, detached: true });
  // How long stopGroup waits after SIGTERM before SIGKILL: longer for children that stop their own children.
  child.graceMs = graceMs ?? 5000;
  if (child.pid !== undefined) {
    groups.set(child.pid, { name, child });
    child.once('exit', () => groups.delete(child.pid));
  }
  child.exited = new Promise(resolve => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', error => resolve({ code: null, signal: null, error }));
  });
  return child;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

/** Stops one child's process group: SIGTERM, then SIGKILL when it has not exited in `graceMs`. */
export async function stopGroup(child, graceMs = child.graceMs ?? 5000) {
  if (child.pid === undefined) return;
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child.pid, 'SIGKILL'); // leader gone: make sure no grandchild outlives it
    groups.delete(child.pid);
    return;
  }
  killGroup(child.pid, 'SIGTERM');
  let timer;
  const timedOut = new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), graceMs); });
  const result = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  killGroup(child.pid, 'SIGKILL'); // stragglers in the group (and the leader on timeout)
  if (result === 'timeout') await child.exited;
  groups.delete(child.pid);
}

/** True once a signal asked us to stop: callers start nothing new. */
export const isShuttingDown = () => shuttingDown;

/** Runs every clean-up and stops every group we started. Safe to call more than once. */
export async function stopAll() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      process.stderr.write(`clean-up failed: ${e?.message ?? e}\n`);
    }
  }
  await Promise.all([...groups.values()].map(({ child }) => stopGroup(child)));
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (signal, code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    process.stderr.write(`\n${signal}: stopping everything this run started...\n`);
    void stopAll().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => onSignal('SIGINT', 130));
  process.on('SIGTERM', () => onSignal('SIGTERM', 143));
  process.on('SIGHUP', () => onSignal('SIGHUP', 129));
  // Last resort when the process exits some other way: synchronous SIGKILL of what is left.
  process.on('exit', () => {
    for (const pid of groups.keys()) killGroup(pid, 'SIGKILL');
  });
}

/** Runs a command to completion (inheriting stdio unless told otherwise); resolves with its exit code. */
export async function run(command, args, options = {}) {
  const child = spawnGroup(command, command, args, { stdio: 'inherit', ...options });
  const { code, signal, error } = await child.exited;
  if (error) throw error;
  return code ?? (signal ? 128 : 1);
}

/**
 * Resolves with the first line of `stream` that matches `pattern`, rejects on timeout or when
 * `child` exits first. Lines are also handed to `onLine` if given.
 */
export function waitForLine(child, streams, pattern, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const buffers = new Map();
    const listeners = [];
    const done = (fn, value) => {
      clearTimeout(timer);
      for (const [stream, listener] of listeners) stream.off('data', listener);
      child.off('exit', onExit);
      fn(value);
    };
    const timer = setTimeout(() => done(reject, new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`)), timeoutMs);
    const onExit = (code, signal) => done(reject, new Error(`${what}: process exited first (code ${code}, signal ${signal})`));
    child.once('exit', onExit);
    for (const stream of streams) {
      const listener = chunk => {
        const text = (buffers.get(stream) ?? '') + chunk.toString();
        const lines = text.split('\n');
        buffers.set(stream, lines.pop() ?? '');
        for (const line of lines) {
          const m = line.match(pattern);
          if (m) return done(resolve, m);
        }
      };
      listeners.push([stream, listener]);
      stream.on('data', listener);
    }
  });
}

/** A TCP port that was free on 127.0.0.1 a moment ago (the caller retries on EADDRINUSE). */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** True when something accepts connections on 127.0.0.1:port. */
export async function portInUse(port) {
  const server = createServer();
  server.listen(port, '127.0.0.1');
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([e]) => { throw e; })]);
    server.close();
    await once(server, 'close');
    return false;
  } catch {
    return true;
  }
}

/** GET a URL on this machine; resolves with the status code (0 when nothing answered). */
export function httpStatus(url, timeoutMs = 5000) {
  return new Promise(resolve => {
    const req = get(url, res => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(timeoutMs, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Rejects with `message` when `promise` has not settled in `ms`. */
export async function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Seconds since `t0` (a Date.now() value), one decimal. */
export const secondsSince = t0 => ((Date.now() - t0) / 1000).toFixed(1);
