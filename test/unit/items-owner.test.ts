import * as assert from 'assert';
import { ownerOf, ownerReader, type OwnerContext } from '../../src/core/items/owner';

const AIKO: OwnerContext = { person: { name: 'Aiko Tanaka', id: 'aiko-tanaka' }, managerNames: ['Chris', 'Chris Doe'] };
const owner = (text: string, context = AIKO) => {
  const o = ownerOf(text, context);
  return o.name === undefined ? o.kind : `${o.kind}:${o.name}`;
};

describe('items: owners', () => {
  it('reads a name prefix: the person met, the manager, someone else', () => {
    assert.strictEqual(owner('Aiko: send the load test results'), 'them:Aiko');
    assert.strictEqual(owner('Aiko Tanaka: share the handover plan'), 'them:Aiko Tanaka');
    assert.strictEqual(owner('Tanaka: share the handover plan'), 'them:Tanaka');
    assert.strictEqual(owner('aiko: lower-case name'), 'them:aiko');
    assert.strictEqual(owner('Me: book the room'), 'me:Me');
    assert.strictEqual(owner('me: book the room'), 'me:me');
    assert.strictEqual(owner('Chris: follow up with infra'), 'me:Chris');
    assert.strictEqual(owner('Chris D.: follow up with infra'), 'me:Chris D.');
    assert.strictEqual(owner('Tom: walk Jonas through the runbook'), 'other:Tom');
    assert.strictEqual(owner('Lars Svensson: review load'), 'other:Lars Svensson');
    assert.strictEqual(owner('**Aiko:** bold prefix'), 'them:Aiko');
    assert.strictEqual(owner('Aiko — em dash prefix'), 'them:Aiko');
  });

  it('reads "Owner: X", "(owner: X)" and @mentions', () => {
    assert.strictEqual(owner('Testing ownership write-up - Owner: Ravi; review with Iryna'), 'other:Ravi');
    assert.strictEqual(owner('Flaky suite quarantine (owner: me)'), 'me:me');
    assert.strictEqual(owner('Handover doc (Owner: Aiko)'), 'them:Aiko');
    assert.strictEqual(owner('Owners: Driss, Iryna'), 'other:Driss');
    assert.strictEqual(owner('draft the agenda @lena'), 'other:lena');
    assert.strictEqual(owner('draft the agenda @aiko.tanaka'), 'them:aiko tanaka');
    assert.strictEqual(owner('mail chris@example.com about it'), 'me');
  });

  it('does not take labels, acronyms or lower-case topics for names', () => {
    assert.strictEqual(owner('AI: Sam — payout-sync page counts'), 'other:Sam');
    assert.strictEqual(owner('TODO: book the room'), 'me');
    assert.strictEqual(owner('on-call: shadow week starting 30 Mar'), 'me');
    assert.strictEqual(owner('reading: payments architecture doc'), 'me');
    assert.strictEqual(owner('QA: write the smoke tests'), 'me');
    assert.strictEqual(owner('Hiring: post the job ad'), 'me');
    assert.strictEqual(owner('Owner: TBD'), 'me');
  });

  it('defaults to me, marked as not written', () => {
    const o = ownerOf('chase legal on the vendor contract', AIKO);
    assert.deepStrictEqual(o, { kind: 'me', explicit: false });
    assert.strictEqual(ownerOf('Aiko: x', AIKO).explicit, true);
    assert.strictEqual(owner('send Bettina our PR description template'), 'me');
    assert.strictEqual(owner('facilities re standing desk — send her the form'), 'me');
  });

  it('gives the manager the name when the person met shares it', () => {
    const read = ownerReader({ person: { name: 'Chris Park' }, managerNames: ['Chris'] });
    assert.strictEqual(read('Chris: book the room').kind, 'me');
    assert.strictEqual(read('Park: book the room').kind, 'them');
  });

  it('works without any context', () => {
    assert.strictEqual(owner('Aiko: send it', {}), 'other:Aiko');
    assert.strictEqual(owner('Me: send it', {}), 'me:Me');
  });
});
