// "Did you mean …": closest candidates by edit distance, for ids, keys and component names.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Up to `max` candidates within a distance proportional to the word's length, closest first. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = editDistance(w, lc);
    // A candidate that contains the word (or the part after a theme prefix) is a good hint.
    if (d > limit && (lc.includes(w) || lc.split("/").pop() === w)) d = limit;
    if (d <= limit) scored.push([c, d]);
  }
  // Ties in a fixed collation: without a locale, localeCompare() follows LC_ALL/LANG (tr_TR sorts I before i).
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], "en"));
  return scored.slice(0, max).map(([c]) => c);
}

/** Lower case without accents: "IDÉ", "ide" and "idé" are the same word typed differently. */
function plain(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u00f8\u00d8]/g, "o").replace(/[\u00e6\u00c6]/g, "ae").replace(/[\u00e5\u00c5]/g, "a").toLowerCase().trim();
}

/** The allowed value the user most likely meant: the same word in another case or without accents, else the closest. */
export function closestValue(value: string, allowed: readonly unknown[]): string | undefined {
  const words = allowed.filter((v): v is string => typeof v === "string");
  const same = words.find((w) => plain(w) === plain(value));
  if (same !== undefined) return same;
  return closest(plain(value), words, 1)[0];
}
