/** IPv4/IPv6 CIDR containment, enough to compare endpoint access lists. */

interface Cidr {
  readonly bits: bigint;
  readonly prefix: number;
  readonly width: 32 | 128;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  let value = 0n;
  for (const g of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  return value;
}

export function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText] = text.trim().split('/');
  const width = address.includes(':') ? 128 : 32;
  const bits = width === 32 ? parseIpv4(address) : parseIpv6(address);
  const prefix = prefixText === undefined ? width : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (bits === undefined || !(prefix >= 0 && prefix <= width)) return undefined;
  return { bits, prefix, width };
}

/** True when every address of `inner` is inside `outer`. Unparseable CIDRs only match themselves. */
export function cidrWithin(inner: string, outer: string): boolean {
  if (inner.trim() === outer.trim()) return true;
  const a = parseCidr(inner);
  const b = parseCidr(outer);
  if (!a || !b || a.width !== b.width || a.prefix < b.prefix) return false;
  const shift = BigInt(a.width - b.prefix);
  return a.bits >> shift === b.bits >> shift;
}

/** A CIDR that lets every address in: 0.0.0.0/0 or ::/0. */
export function isOpenToAll(cidr: string): boolean {
  const c = parseCidr(cidr);
  return c !== undefined && c.prefix === 0;
}
