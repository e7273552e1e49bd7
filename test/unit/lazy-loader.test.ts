// The lazy loader behind the follow-through and insights chunk (src/util/lazy.ts, used by
// src/featuresLoader.ts): one load however many first uses arrive at once, and a failed load that
// says what went wrong and is tried again on the next use.
import * as assert from 'assert';
import { lazy, LoadError } from '../../src/util/lazy';

const message = (reason: string) => `Learning Leader could not load its Open items and insights features (${reason}). Reload the window; if it happens again, reinstall the extension.`;

describe('lazy loader', () => {
  it('loads once: concurrent first uses share one load, later uses get the same value', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>(resolve => { release = resolve; });
    const load = lazy(async () => {
      runs++;
      await gate;
      return { features: runs };
    }, message);
    assert.strictEqual(load.loaded, undefined, 'nothing loads before the first use');
    assert.strictEqual(runs, 0);
    const first = load();
    const second = load();
    assert.strictEqual(first, second, 'the second use waits for the same load');
    release();
    const [a, b] = await Promise.all([first, second]);
    assert.strictEqual(a, b);
    assert.strictEqual(runs, 1);
    assert.strictEqual(await load(), a, 'a later use gets the loaded value');
    assert.strictEqual(load.loaded, a);
    assert.strictEqual(load.loads, 1);
  });

  it('loads a synchronous loader (a require) once as well', async () => {
    let runs = 0;
    const load = lazy(() => ({ n: ++runs }), message);
    const [a, b] = await Promise.all([load(), load()]);
    assert.strictEqual(a, b);
    assert.strictEqual(runs, 1);
  });

  it('a failed load rejects every waiting use with a clear message, and the next use tries again', async () => {
    let runs = 0;
    const load = lazy(() => {
      runs++;
      if (runs === 1) throw new Error("Cannot find module './features.js'\nRequire stack:\n- /ext/dist/node/extension.js");
      return 'loaded';
    }, message);
    const uses = [load(), load()];
    for (const use of uses) {
      await assert.rejects(use, (e: unknown) => {
        assert.ok(e instanceof LoadError);
        assert.strictEqual(e.message, "Learning Leader could not load its Open items and insights features (Cannot find module './features.js'). Reload the window; if it happens again, reinstall the extension.");
        assert.ok(e.cause instanceof Error, 'the cause is kept');
        return true;
      });
    }
    assert.strictEqual(runs, 1, 'both uses waited for the one failed load');
    assert.strictEqual(load.loaded, undefined);
    assert.strictEqual(await load(), 'loaded', 'the next use loads again');
    assert.strictEqual(runs, 2);
    assert.strictEqual(await load(), 'loaded');
    assert.strictEqual(runs, 2);
  });

  it('says what went wrong when the loader throws something that is not an Error, or rejects', async () => {
    await assert.rejects(lazy(() => { throw 'no chunk'; }, message)(), { message: message('no chunk') });
    await assert.rejects(lazy(() => Promise.reject(new Error('activateFeatures failed.')), message)(), { message: message('activateFeatures failed') });
    await assert.rejects(lazy(() => { throw new Error(''); }, message)(), { message: message('unknown error') });
  });
});
