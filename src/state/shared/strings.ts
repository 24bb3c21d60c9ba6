// Reading the interned string table: find a string's id (one probe sequence of the string
// index, comparing code units in place) and a string by id. Used by readers inside a
// seqlock window, so every read is bounds-checked: a torn read may yield garbage, which the
// window's end check then discards — it must not throw or loop on the way.
import { hashString } from "./hash.ts";
import { S, type Tables } from "./layout.ts";

/** The id of `s`, or -1 if it was never interned. */
export function findString(t: Tables, s: string, h = hashString(s)): number {
  const { index, strings, chars } = t;
  const mask = index.length - 1;
  for (let i = h & mask, n = 0; n <= mask; i = (i + 1) & mask, n++) {
    const id = index[i] ?? -1;
    if (id < 0) return -1;
    const row = id * S.WIDTH;
    if (strings[row + S.HASH] !== h || strings[row + S.LEN] !== s.length) continue;
    const start = strings[row + S.START] ?? 0;
    if (start + s.length > chars.length) continue;
    let same = true;
    for (let k = 0; k < s.length; k++) {
      if (chars[start + k] !== s.charCodeAt(k)) {
        same = false;
        break;
      }
    }
    if (same) return id;
  }
  return -1;
}

/** The text of string `id` (the caller has validated the id). */
export function stringAt(t: Tables, id: number): string {
  const row = id * S.WIDTH;
  const start = t.strings[row + S.START] ?? 0;
  const len = t.strings[row + S.LEN] ?? 0;
  if (len === 0) return "";
  return t.text.toString("utf16le", start * 2, (start + len) * 2);
}
