// The quick fixes and the hover of the telling linter are in the lazily loaded chunk (src/features.ts,
// lint/codeActions.ts and lint/hover.ts there): main registers their providers at activation, and each
// request for a note with findings hands over to the chunk's (loaded once, as an open note loads it anyway
// for its status bar). A note without findings never loads it for them.
import * as vscode from 'vscode';
import type { DiagnosticsManager } from './diagnostics';

/** The fix-all's kind: `source.fixAll.learningLeader` (editor.codeActionsOnSave). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('learningLeader');

/** The chunk's providers. */
export interface LintProviders {
  readonly codeActions: vscode.CodeActionProvider;
  readonly hover: vscode.HoverProvider;
}

export class HandOverCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: DiagnosticsManager, private readonly providers: () => Promise<LintProviders | undefined>) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<(vscode.CodeAction | vscode.Command)[]> {
    if (!this.diagnostics.resultFor(doc)?.findings.length) return [];
    const providers = await this.providers();
    if (!providers || token.isCancellationRequested) return [];
    return (await providers.codeActions.provideCodeActions(doc, range, context, token)) ?? [];
  }
}

export class HandOverHover implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsManager, private readonly providers: () => Promise<LintProviders | undefined>) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.diagnostics.resultFor(doc)?.findings.length) return undefined;
    const providers = await this.providers();
    if (!providers || token.isCancellationRequested) return undefined;
    return (await providers.hover.provideHover(doc, position, token)) ?? undefined;
  }
}
