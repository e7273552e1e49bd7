// What day it is, for cadence and new notes. Injected so tests can pin "today" (PeopleApi.setClock).
import * as vscode from 'vscode';
import { localIsoDate, type IsoDate } from '../core/dates';
import { Disposable } from '../util/dispose';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class Calendar extends Disposable {
  private clock: Clock;
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the clock is replaced: cadence and due dates change. */
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly initial: Clock) {
    super();
    this.clock = initial;
  }

  /** Today in the local time zone. */
  today(): IsoDate {
    return localIsoDate(this.clock.now());
  }

  /** Replaces the clock; undefined restores the one given at activation. */
  setClock(clock: Clock | undefined): void {
    this.clock = clock ?? this.initial;
    this._onDidChange.fire();
  }
}
