// The two hashes of the shared state: one over a string's UTF-16 code units (the string
// index; writer and readers must agree, so it is computed from the JS string on both sides)
// and one over a record's words (its checksum). FNV-1a: cheap, no tables, good enough spread
// for linear probing over mesh names.

export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x7fffffff;
}

/** Checksum of `words[from + 1 .. from + width)`, stored by the writer in `words[from]`. */
export function checksum(words: Int32Array, from: number, width: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from + 1; i < from + width; i++) h = Math.imul(h ^ (words[i] ?? 0), 0x01000193);
  // Never 0: a zeroed (never written) record must not pass as valid.
  return h === 0 ? 1 : h;
}
