// Where a question goes in the note's text. Pure (no vscode).

/**
 * What to insert for a question: with an empty selection on an empty line, the whole line
 * becomes a list item `- question` (keeping its indentation); otherwise the question goes at
 * the cursor, after a space when it would touch the word before it.
 */
export function questionInsertText(lineText: string, textBeforeCursor: string, question: string, selectionEmpty = true): { text: string; replaceLine: boolean } {
  if (selectionEmpty && !lineText.trim()) return { text: `${lineText}- ${question}`, replaceLine: true };
  const needsSpace = textBeforeCursor.length > 0 && !/\s$/.test(textBeforeCursor);
  return { text: needsSpace ? ` ${question}` : question, replaceLine: false };
}
