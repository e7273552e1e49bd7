import * as vscode from 'vscode';

/** A passing notice. */
export function say(message: string): void {
  void vscode.window.showInformationMessage(message);
}

/** Something the person asked for cannot be done: why. */
export function complain(message: string): void {
  void vscode.window.showErrorMessage(`Learning Leader: ${message}`);
}

/** Options only when they are a plain object: a tree with multi-select would pass the selection array. */
export function plain<T extends object>(value: T | undefined): T | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
