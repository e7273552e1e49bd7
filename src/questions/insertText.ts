// Where a question goes in the note's text. Pure (no vscode).

export interface QuestionInsert {
  /** The text that replaces the line (replaceLine) or the selection. */
  readonly text: string;
  readonly replaceLine: boolean;
  /** Where the cursor goes, as an offset into `text` (its end when absent). */
  readonly caret?: number;
}

/**
 * What to insert for a question: with an empty selection on an empty line, the whole line
 * becomes a list item `- question` (keeping its indentation), and when text follows right after
 * that line (a heading, a paragraph), the blank line that kept them apart stays; otherwise the
 * question goes at the cursor, after a space when it would touch the word before it.
 */
export function questionInsertText(lineText: string, textBeforeCursor: string, question: string, selectionEmpty = true, nextLineText?: string): QuestionInsert {
  if (selectionEmpty && !lineText.trim()) {
    const item = `${lineText}- ${question}`;
    const separates = nextLineText !== undefined && nextLineText.trim() !== '' && !/^\s*(?:[-*+]|\d+[.)])\s/.test(nextLineText);
    return separates ? { text: `${item}\n${lineText}`, replaceLine: true, caret: item.length } : { text: item, replaceLine: true };
  }
  const needsSpace = textBeforeCursor.length > 0 && !/\s$/.test(textBeforeCursor);
  return { text: needsSpace ? ` ${question}` : question, replaceLine: false };
}
