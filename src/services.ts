import * as vscode from 'vscode';
import type { Mode } from './core/modes';

/** What the linter needs from the people module: the relationship of the person a note belongs to. */
export interface RosterLookup {
  /** The roster's default mode for the person whose notes folder holds `uri`, if known. */
  modeForNote(uri: vscode.Uri): Mode | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** The clock, injected so tests can pin "today". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
