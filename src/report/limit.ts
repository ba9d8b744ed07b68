/**
 * Size limits of GitHub surfaces. Budgets are measured in UTF-8 bytes: never fewer than the
 * characters GitHub's `maxLength` counts, and exactly what the runner counts for step summaries,
 * so a text within a byte budget fits whichever way the limit is meant.
 */
const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * `text` cut to at most `maxBytes` UTF-8 bytes including `suffix` (appended only when something
 * was cut), never splitting a character.
 */
export function truncateBytes(text: string, maxBytes: number, suffix = '…'): string {
  if (byteLength(text) <= maxBytes) return text;
  const room = Math.max(0, maxBytes - byteLength(suffix));
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (used + size > room) break;
    used += size;
    end += char.length;
  }
  const cut = `${text.slice(0, end)}${suffix}`;
  return byteLength(cut) <= maxBytes ? cut : text.slice(0, end);
}
