// Coaching insights in the editor: the per-note numbers kept up to date (noteInsights.ts), the prep
// panel per person (prepPanel.ts, opened by "Prepare for 1:1 with…"), and the Coaching insights view
// across everyone (insightsPanel.ts). The status bar's "Open · Closed · Told" is the linter's
// (src/lint/statusBar.ts): it reads the numbers of the note being edited from its lint result.
import * as vscode from 'vscode';
import { registerPrepareOneOnOne } from '../people/commands/prepareOneOnOne';
import type { PeopleServices } from '../people/services';
import type { RegisterCommand } from '../util/commands';
import { Disposable } from '../util/dispose';
import { InsightsPanel, registerRefreshInsights, registerShowInsights, type InsightsShown } from './insightsPanel';
import { NoteInsights } from './noteInsights';
import { PrepPanels, registerRefreshPrep } from './prepPanel';

export type { InsightsOptions, InsightsShown } from './insightsPanel';
export type { PrepShown } from './prepPanel';

export interface InsightsApi {
  /** The per-note numbers: `person(ref)`, `everyone()`, `updateNote(uri)`, `lastUpdate`, `work`. */
  readonly notes: NoteInsights;
  /** A person's open prep panel (by id, in the first folder whose roster has them unless `folder` says): its page, whether it is visible and active. */
  prepPanel(id: string, folder?: vscode.Uri): ReturnType<PrepPanels['panelOf']>;
  /** The Coaching insights panel's page, if it is open. */
  insightsPanel(): InsightsPanel['state'];
  /** The last render of the insights panel (milliseconds, people rebuilt), and how often each person's row was rebuilt. */
  insightsRenders(): { readonly last: InsightsPanel['lastRender']; readonly rebuilds: ReadonlyMap<string, number> };
  /** Shows (or computes, with show 'none') the insights. */
  showInsights(options?: { show?: 'panel' | 'none' }): Promise<InsightsShown>;
}

export class InsightsFeature extends Disposable {
  readonly api: InsightsApi;
  /** Restores the panels after a window reload (their serializers are registered at activation). */
  readonly restorePrep: PrepPanels['restore'];
  readonly restoreInsights: InsightsPanel['restore'];

  constructor(register: RegisterCommand, context: Pick<vscode.ExtensionContext, 'extensionUri' | 'storageUri'>, people: PeopleServices) {
    super();
    const notes = this._register(new NoteInsights(people, context.storageUri));
    const preps = this._register(new PrepPanels(context.extensionUri, people, notes));
    const overview = this._register(new InsightsPanel(context.extensionUri, people, notes));
    this.restorePrep = (panel, state) => preps.restore(panel, state);
    this.restoreInsights = panel => overview.restore(panel);
    this._register(registerPrepareOneOnOne(register, people, preps));
    this._register(registerRefreshPrep(register, preps));
    this._register(registerShowInsights(register, overview));
    this._register(registerRefreshInsights(register, overview));
    this.api = {
      notes,
      prepPanel: (id, folder) => {
        const ref = people.store.find(id, folder);
        return ref && preps.panelOf(ref);
      },
      insightsPanel: () => overview.state,
      insightsRenders: () => ({ last: overview.lastRender, rebuilds: new Map(overview.rebuilds) }),
      showInsights: options => overview.show(options),
    };
  }
}

export function registerInsights(register: RegisterCommand, context: Pick<vscode.ExtensionContext, 'extensionUri' | 'storageUri'>, people: PeopleServices): InsightsFeature {
  return new InsightsFeature(register, context, people);
}
