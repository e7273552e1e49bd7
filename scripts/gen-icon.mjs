#!/usr/bin/env node
// Renders the marketplace icon (media/icon.png, 128x128) from the activity-bar glyph
// (media/activity-bar.svg): the same two speech bubbles, white on a rounded navy-to-teal square.
// Uses the headless chromium of the host cache (scripts/host/setup.mjs). Run after changing the glyph:
//   node scripts/gen-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onCleanup, stopAll } from './lib/proc.mjs';
import { ensureHost } from './host/setup.mjs';
import { launchBrowser, makeRunDir, repoRoot } from './host/server.mjs';

const SIZE = 128;

/** The icon as one SVG: the glyph's shapes, scaled into the middle of a rounded square. */
export function iconSvg(glyph) {
  const inner = glyph
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/currentColor/g, '#ffffff');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1E3A5F"/>
      <stop offset="1" stop-color="#1F7A7A"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>
  <g transform="translate(16 15) scale(4)" fill="none" stroke="#ffffff" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${inner}</g>
</svg>`;
}

async function main() {
  const glyph = readFileSync(join(repoRoot, 'media', 'activity-bar.svg'), 'utf8');
  const host = await ensureHost({ quiet: true });
  const dir = makeRunDir('icon');
  const { browser } = await launchBrowser(host, dir);
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${iconSvg(glyph)}</body></html>`);
  const out = join(repoRoot, 'media', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
}

onCleanup(() => undefined);
main().then(() => stopAll(), async e => {
  console.error(e);
  await stopAll();
  process.exitCode = 1;
});
