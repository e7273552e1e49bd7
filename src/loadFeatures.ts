// Node: the follow-through and insights features are a second bundle beside this one
// (dist/node/features.js, built from src/features.ts), read on first use. The web build replaces this
// file with loadFeatures.web.ts (esbuild.mjs), which includes the features in its one file.
import type * as FeaturesModule from './features';

export type { FeaturesModule };

export function loadFeatures(): typeof FeaturesModule {
  // Kept as a require of the file beside the bundle (esbuild.mjs marks it external).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of the second bundle, not an import
  return require('./features.js') as typeof FeaturesModule;
}
