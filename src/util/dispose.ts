// The one way the extension owns disposables: a class extends Disposable and `_register`s what it
// creates (MutableDisposable for what it replaces); every `register*` function returns a Disposable,
// and activate() hands each to context.subscriptions.
import * as vscode from 'vscode';

/** Base for classes that own disposables: whatever is `_register`ed is disposed with the owner. */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) {
      value.dispose();
    } else {
      this._disposables.push(value);
    }
    return value;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    disposeAll(this._disposables);
  }
}

export function disposeAll(disposables: vscode.Disposable[]): void {
  while (disposables.length) {
    try {
      disposables.pop()?.dispose();
    } catch (e) {
      console.error('[learning-leader] dispose failed', e);
    }
  }
}

/**
 * Holds one disposable that is replaced over time (file watchers that follow a setting): setting
 * `value` disposes the previous one. A class `_register`s it, so the last value goes with its owner.
 */
export class MutableDisposable<T extends vscode.Disposable> implements vscode.Disposable {
  private current: T | undefined;
  private disposed = false;

  get value(): T | undefined {
    return this.current;
  }

  set value(value: T | undefined) {
    if (this.current === value) return;
    this.current?.dispose();
    this.current = value;
    if (this.disposed) this.current?.dispose();
  }

  dispose(): void {
    this.disposed = true;
    this.current?.dispose();
    this.current = undefined;
  }
}
