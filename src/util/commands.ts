// How a command handler is registered. Main registers with vscode.commands.registerCommand; the lazily
// loaded features chunk (src/features.ts) registers into a table that main's commands delegate to, so
// every command exists from activation on while its code loads on first use.
import type * as vscode from 'vscode';

/** Any command handler (`never[]`: a handler with typed parameters fits). */
export type CommandHandler = (...args: never[]) => unknown;

export type RegisterCommand = (id: string, handler: CommandHandler) => vscode.Disposable;
