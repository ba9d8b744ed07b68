import { EVENT_ID, type Event } from '../../src/load/js-yaml.js';

/*
 * The loader's walks over js-yaml's events as they were before src/load/event-pass.ts folded
 * them into one (commit cb287db, src/load/yaml.ts: packEvents, scanDocuments,
 * structuralTemplateOffset), kept verbatim as the reference the new pass must reproduce.
 */

interface Span {
  start: number;
  end: number;
}

const SLOTS = 4;

export function referencePackEvents(events: readonly Event[]): Int32Array {
  const packed = new Int32Array(events.length * SLOTS);
  const open: { at: number; mapping: boolean; span: Span; key: Span | undefined }[] = [];
  const child = (span: Span): void => {
    const parent = open[open.length - 1];
    if (!parent) return;
    if (parent.mapping && parent.key === undefined) {
      parent.key = span;
      parent.span.end = Math.max(parent.span.end, span.end);
      return;
    }
    const anchor = parent.key ?? parent.span;
    const value = span.start < 0 ? { start: anchor.end, end: anchor.end } : span;
    parent.span.end = Math.max(parent.span.end, value.end);
    parent.key = undefined;
  };
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (!ev) continue;
    const at = i * SLOTS;
    switch (ev.type) {
      case EVENT_ID.SCALAR:
        packed[at] = ev.type | (ev.style << 3);
        packed[at + 1] = ev.valueStart;
        packed[at + 2] = ev.valueEnd;
        packed[at + 3] = ev.anchorStart >= 0 ? ev.anchorStart - 1 : ev.tagStart;
        child(spanAt(packed, i));
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        packed[at] = ev.type;
        packed[at + 1] = ev.start;
        packed[at + 2] = -1;
        packed[at + 3] = ev.anchorStart;
        const start = collectionStart(packed, i);
        open.push({ at: i, mapping: ev.type === EVENT_ID.MAPPING, span: { start, end: start + 1 }, key: undefined });
        break;
      }
      case EVENT_ID.ALIAS:
        packed[at] = ev.type;
        packed[at + 1] = ev.anchorStart;
        packed[at + 2] = ev.anchorEnd;
        child(spanAt(packed, i));
        break;
      case EVENT_ID.POP: {
        packed[at] = ev.type;
        const closed = open.pop();
        if (closed) {
          packed[closed.at * SLOTS + 2] = i;
          packed[at + 1] = closed.span.end;
          child(closed.span);
        }
        break;
      }
      default:
        packed[at] = (ev as { type: number }).type;
    }
  }
  return packed;
}

const typeAt = (packed: Int32Array, index: number): number => (packed[index * SLOTS] ?? 0) & 7;

function collectionStart(packed: Int32Array, index: number): number {
  const at = index * SLOTS;
  const a = packed[at + 1] ?? -1;
  const c = packed[at + 3] ?? -1;
  return c >= 0 ? Math.min(c - 1, a) : a;
}

function spanAt(packed: Int32Array, index: number): Span {
  const at = index * SLOTS;
  const a = packed[at + 1] ?? -1;
  const b = packed[at + 2] ?? -1;
  const c = packed[at + 3] ?? -1;
  switch (typeAt(packed, index)) {
    case EVENT_ID.SCALAR: {
      const start = c >= 0 ? c : a;
      return { start, end: b >= 0 ? b : start };
    }
    case EVENT_ID.ALIAS:
      return { start: a - 1, end: b };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE: {
      const start = collectionStart(packed, index);
      return { start, end: b >= 0 ? (packed[b * SLOTS + 1] ?? start + 1) : start + 1 };
    }
    default:
      return { start: 0, end: 0 };
  }
}

export interface ReferenceSpan {
  first: number;
  last: number;
  expandedNodes: number;
  aliases: number;
}

export function referenceScanDocuments(events: readonly Event[], source: string): ReferenceSpan[] {
  const spans: ReferenceSpan[] = [];
  let current: ReferenceSpan | undefined;
  const stack: { size: number; anchor: string | undefined }[] = [];
  let anchors = new Map<string, number>();
  const add = (size: number): void => {
    const top = stack[stack.length - 1];
    if (top) top.size += size;
    else if (current) current.expandedNodes += size;
  };
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (!ev) continue;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        current = { first: i, last: i, expandedNodes: 0, aliases: 0 };
        anchors = new Map();
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ size: 1, anchor: ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined });
        break;
      case EVENT_ID.SCALAR:
        if (ev.anchorStart >= 0) anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), 1);
        add(1);
        break;
      case EVENT_ID.ALIAS: {
        if (current) current.aliases++;
        add(anchors.get(source.slice(ev.anchorStart, ev.anchorEnd)) ?? 1);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame) {
          if (frame.anchor !== undefined) anchors.set(frame.anchor, frame.size);
          add(frame.size);
        } else if (current) {
          current.last = i;
          spans.push(current);
          current = undefined;
        }
        break;
      }
    }
  }
  return spans;
}

export function referenceTemplateOffset(events: readonly Event[], span: ReferenceSpan, text: string): number {
  for (let i = span.first; i <= span.last; i++) {
    const ev = events[i];
    if (ev?.type === EVENT_ID.MAPPING && ev.start >= 0 && text.charCodeAt(ev.start) === 0x7b && text.charCodeAt(ev.start + 1) === 0x7b) {
      return ev.start;
    }
  }
  return -1;
}
