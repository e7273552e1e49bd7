// The page around the prep and insights webviews: a strict Content-Security-Policy (nothing by
// default; our stylesheet and script from the extension's media/webview folder only, the script by
// nonce; no inline handlers, nothing remote, no network at all), the theme's colours through the
// --vscode-* variables in that stylesheet, and the view's state for restoring it. The body comes
// from src/core/insights/render.ts, built with `html`, which escapes every note text.
import * as vscode from 'vscode';
import { html, type Html } from '../core/html';

/** Where the webviews' stylesheet and script live; the only folder a webview may load from. */
export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'webview');
}

/** Options for a webview panel: scripts on (ours, by nonce), resources from media/webview only, find widget. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)], enableFindWidget: true, retainContextWhenHidden: false };
}

/** The options a restored panel must have again (a serializer gets the panel without them). */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

/** 128 random bits, base64: a fresh nonce for each page. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The Content-Security-Policy of every page: nothing but our stylesheet and our nonce'd script. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageOptions {
  readonly title: string;
  readonly body: Html;
  /** What the page's script keeps with vscode.setState, so a restored panel knows what it showed. */
  readonly state: Readonly<Record<string, string | undefined>>;
  /** Names the page for the stylesheet (body class). */
  readonly kind: 'prep' | 'insights';
}

/** The whole HTML document for a webview. */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, options: PageOptions): string {
  const nonce = createNonce();
  const media = mediaRoot(extensionUri);
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'insights.css')).toString();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'insights.js')).toString();
  const state = JSON.stringify(Object.fromEntries(Object.entries(options.state).filter(([, v]) => v !== undefined)));
  return html`<!DOCTYPE html>
<html lang="${vscode.env.language || 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${css}">
<title>${options.title}</title>
</head>
<body class="${options.kind}" data-state="${state}">
<main>
${options.body}
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`.value;
}
