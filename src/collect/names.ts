import { isUtf8 } from 'node:buffer';

const PERCENT = 0x25;

/** Length of the UTF-8 sequence a lead byte announces (0 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 0;
  if (lead >= 0xc2) return 2;
  return 0;
}

/**
 * How the review names a file from its name's bytes (one path segment or a whole path: '/'
 * is ASCII and survives either way). Valid UTF-8 reads as itself. In a name that is not valid
 * UTF-8, every byte that is not part of a valid character becomes `%XX`, and `%` itself `%25`.
 *
 * Decoding with U+FFFD instead made `caf\xe8.yaml` and `caf\xe9.yaml` one name: the base
 * revision read from git kept only one of them, and a finding in the other could pair with
 * an old finding of its twin and pass as "not new". The escaped name is distinct for distinct
 * bytes, and the working tree, the base revision and git's diff all name a file by it, so the
 * same file has the same name everywhere.
 */
export function fileNameOf(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  let name = '';
  let i = 0;
  while (i < buffer.length) {
    const byte = buffer[i] ?? 0;
    if (byte < 0x80) {
      name += byte === PERCENT ? '%25' : String.fromCharCode(byte);
      i += 1;
      continue;
    }
    const length = sequenceLength(byte);
    const sequence = buffer.subarray(i, i + length);
    if (length > 0 && sequence.length === length && isUtf8(sequence)) {
      name += sequence.toString('utf8');
      i += length;
      continue;
    }
    name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    i += 1;
  }
  return name;
}
