/** Short texts with every kind of line break a position index must count (LF, CRLF, a lone CR, a mix) and none. */
export const LINE_BREAK_CASES: Readonly<Record<string, string>> = {
  LF: 'a: 1\nb:\n  - x\n',
  CRLF: 'a: 1\r\nb:\r\n  - x\r\n',
  'lone CR': 'a: 1\rb:\r  - x\r',
  mixed: 'a\r\nb\rc\nd',
  'no line break': 'abc',
  empty: '',
};
