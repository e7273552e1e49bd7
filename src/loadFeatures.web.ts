// Web: the browser bundle is one file, so the follow-through and insights features are part of it and
// "loading" them is handing over the module (esbuild.mjs puts this file in place of loadFeatures.ts).
import * as features from './features';
import type { FeaturesModule } from './loadFeatures';

export function loadFeatures(): typeof FeaturesModule {
  return features;
}
