// What esbuild.mjs defines in every bundle (a global for TypeScript; a literal in each bundle).

/**
 * Whether a bundle makes the rules' rewrites ("Ask instead: ..."): false in the extension's main Node
 * bundle, whose quick fixes, hover and Rephrase All are the features chunk's, and the chunk lints with
 * its own copy of the rules once loaded (src/lint/diagnostics.ts useLinter); true everywhere else. A rule
 * makes a finding's rewrites with `LEARNING_LEADER_REWRITES ? later(...) : NO_SUGGESTIONS`, folded where
 * esbuild parses the file, so the main bundle drops the rewrite code (a constant read from a module that
 * imports is folded too late for that).
 */
declare const LEARNING_LEADER_REWRITES: boolean;
