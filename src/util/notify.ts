// Every notification the extension shows goes through here: one place for its wording conventions
// (an error names what went wrong and what to do; an information message may offer actions), and an
// event the in-host tests read to check what a person was told.
import * as vscode from 'vscode';

export type NoticeSeverity = 'information' | 'warning' | 'error';

export interface Notice {
  readonly severity: NoticeSeverity;
  readonly message: string;
  readonly actions: readonly string[];
}

const emitter = new vscode.EventEmitter<Notice>();
/** Fires for every notification shown, with its text and buttons. */
export const onDidNotify: vscode.Event<Notice> = emitter.event;

/**
 * Where this copy of the module reports notices: its own event, or (in the lazily loaded features
 * chunk, which has a copy of this module of its own) main's, so `onDidNotify` sees every notification.
 */
let report = (notice: Notice): void => emitter.fire(notice);

/** Fires this module's `onDidNotify`: main hands it to the features chunk (src/features.ts). */
export function reportNotice(notice: Notice): void {
  emitter.fire(notice);
}

/** Sends this copy's notices to `sink` (main's reportNotice) instead of its own event. */
export function sendNoticesTo(sink: (notice: Notice) => void): void {
  report = sink;
}

/** Shows a notification; resolves to the action chosen, if any. */
export function notify(severity: NoticeSeverity, message: string, ...actions: string[]): Thenable<string | undefined> {
  report({ severity, message, actions });
  switch (severity) {
    case 'error': return vscode.window.showErrorMessage(message, ...actions);
    case 'warning': return vscode.window.showWarningMessage(message, ...actions);
    default: return vscode.window.showInformationMessage(message, ...actions);
  }
}

/** A passing notice. */
export function say(message: string): void {
  void notify('information', message);
}

/** Something the person asked for cannot be done: why, and what to do. */
export function complain(message: string): void {
  void notify('error', message);
}

/** Runs `run` when the person picks `action` on a notification. */
export function offer(severity: NoticeSeverity, message: string, action: string, run: () => unknown): void {
  void notify(severity, message, action).then(choice => {
    if (choice === action) void run();
  });
}

/** No folder is open: say so (it is not an error) and offer to open one. */
export function needFolder(message = vscode.l10n.t('Open a folder first: your 1:1 notes live in a folder of your workspace.')): void {
  offer('information', message, vscode.l10n.t('Open Folder'), () => vscode.commands.executeCommand('vscode.openFolder'));
}
