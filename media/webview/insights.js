// The prep panel's and the insights view's only script (loaded by nonce; the page allows nothing else).
// It keeps the view's state (what it shows, where it was scrolled) for VS Code to restore, and turns
// clicks on buttons with data-command into messages to the extension, which checks every one.
// No inline handlers, no links, no network.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  let page = {};
  try {
    page = JSON.parse(document.body.dataset.state || '{}');
  } catch {
    page = {};
  }
  const saved = vscode.getState() || {};
  const sameView = saved.view === page.view && saved.person === page.person && saved.folder === page.folder;
  const state = { ...page, scrollY: sameView && typeof saved.scrollY === 'number' ? saved.scrollY : 0 };
  vscode.setState(state);
  if (state.scrollY) window.scrollTo(0, state.scrollY);

  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      state.scrollY = window.scrollY;
      vscode.setState(state);
    });
  }, { passive: true });

  document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target.closest('button[data-command]') : null;
    if (!target) return;
    event.preventDefault();
    const message = {};
    for (const [key, value] of Object.entries(target.dataset)) message[key] = value;
    vscode.postMessage(message);
  });
}());
