// Which build this is: a hash of the sources and the version, set by esbuild.mjs.
// What a build computes from notes (insights numbers) is kept between runs for that build only (the
// editor's insights cache, the CLI's `stats --cache`); 'dev' when run from unbundled sources.
declare const LEARNING_LEADER_BUILD: string;

export const BUILD: string = typeof LEARNING_LEADER_BUILD === 'string' ? LEARNING_LEADER_BUILD : 'dev';
