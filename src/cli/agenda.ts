// `learning-leader agenda <note>`: the shareable part of a note (carried items, their agenda, talking
// points, the questions kept), without private parts, as the editor's Copy Agenda copies it.
import * as fs from 'fs';
import * as path from 'path';
import { agendaOf, looksLikeTextNote, MAX_ITEM_NOTE_BYTES, type Agenda } from '../core/items';

export interface AgendaRun {
  readonly agenda?: Agenda;
  /** Why there is no agenda (the note cannot be read); exit code 2. */
  readonly error?: string;
}

export function noteAgenda(note: string, cwd: string): AgendaRun {
  const file = path.resolve(cwd, note);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${note}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : e instanceof Error ? e.message : String(e)}` };
  }
  if (bytes.length > MAX_ITEM_NOTE_BYTES) return { error: `cannot read ${note}: larger than ${MAX_ITEM_NOTE_BYTES / 1024 / 1024} MB` };
  if (!looksLikeTextNote(bytes)) return { error: `cannot read ${note}: not a text note (binary or not UTF-8)` };
  return { agenda: agendaOf(new TextDecoder('utf-8').decode(bytes)) };
}
