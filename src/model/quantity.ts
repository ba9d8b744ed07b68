const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?$/;

/**
 * Quantities already parsed: a repository writes the same few ("64Mi", "100m") thousands of
 * times, and the regular expression with its match was a tenth of building the model. Only
 * short texts (every real quantity), and emptied when full, so hostile input cannot grow it.
 */
const parsed = new Map<string, number | undefined>();
const PARSED_LIMIT = 4096;
const PARSED_LENGTH = 16;

/**
 * Parses a Kubernetes resource quantity ("3.5Gi", "512M", "1e9", 1024) to a number in base
 * units (bytes for memory). Returns undefined for anything Kubernetes would reject.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (value.length > PARSED_LENGTH) return parseText(value);
  const known = parsed.get(value);
  if (known !== undefined || parsed.has(value)) return known;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const result = parseText(value);
  parsed.set(value, result);
  return result;
}

function parseText(value: string): number | undefined {
  const m = QUANTITY.exec(value.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2]) return base * 10 ** Number(m[2].slice(1));
  const suffix = m[3] ?? '';
  const factor = BINARY[suffix] ?? DECIMAL[suffix];
  return factor === undefined ? undefined : base * factor;
}

/** CPU quantity ("250m", "1", 0.5) in millicores. */
export function parseCpuMillis(value: unknown): number | undefined {
  const cores = parseQuantity(value);
  return cores === undefined ? undefined : Math.round(cores * 1000);
}

const MiB = 2 ** 20;

export function mib(n: number): number {
  return n * MiB;
}

export function toMiB(bytes: number): number {
  return bytes / MiB;
}
