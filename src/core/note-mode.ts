// The one rule for which learning relationship a note is weighed in. The note context
// (note-context.ts) calls it with everything it knows; the lint engine calls it with what it has
// (an explicit mode and the text) when it is used on its own, as in the benchmark.
import { parseFrontMatter } from './frontmatter';
import { isMode, type Mode } from './modes';

/**
 * Where a note's mode came from, strongest first: an explicit choice (the CLI's --mode), the note's
 * front matter `mode:`, the person's mode in people.json (which defaults by relationship: a direct
 * report is coached, a peer learned with), the `learningLeader.lint.defaultMode` setting (itself
 * "coaching" by default).
 */
export type ModeSource = 'explicit' | 'front-matter' | 'roster' | 'default';

/** The `mode:` of a note's front matter (the `---` block at the very top), if it names a mode. */
export function frontMatterMode(text: string): Mode | undefined {
  const mode = parseFrontMatter(text).data.mode;
  return isMode(mode) ? mode : undefined;
}

export interface ModeInputs {
  readonly explicit?: Mode;
  /** The note's text, for its front matter. */
  readonly text?: string;
  /** The mode of the note's person in the roster. */
  readonly rosterMode?: Mode;
  /** learningLeader.lint.defaultMode; "coaching" when not given. */
  readonly defaultMode?: Mode;
}

export function decideMode(inputs: ModeInputs): { readonly mode: Mode; readonly source: ModeSource } {
  if (inputs.explicit) return { mode: inputs.explicit, source: 'explicit' };
  const declared = inputs.text === undefined ? undefined : frontMatterMode(inputs.text);
  if (declared) return { mode: declared, source: 'front-matter' };
  if (inputs.rosterMode) return { mode: inputs.rosterMode, source: 'roster' };
  return { mode: inputs.defaultMode ?? 'coaching', source: 'default' };
}
