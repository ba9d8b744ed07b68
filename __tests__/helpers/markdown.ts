import MarkdownIt from 'markdown-it';

/**
 * A GitHub-flavoured renderer for tests: CommonMark (the base of GitHub's cmark-gfm) with raw
 * HTML, GFM tables, strikethrough and autolinked URLs and e-mail addresses, which is what makes
 * text turn into links on GitHub.
 */
export const gfm = new MarkdownIt({ html: true, linkify: true });

type Token = ReturnType<typeof gfm.parse>[number];

export interface RenderedTable {
  header: string[];
  rows: string[][];
}

export interface RenderedFold {
  /** The `<summary>` line as HTML. */
  summary: string;
  open: boolean;
  /** Bold paragraphs inside (file headings) with the list items under each. */
  groups: { heading: string; items: string[] }[];
  /** Tables inside the fold. */
  tables: RenderedTable[];
}

export interface RenderedSummary {
  headings: { level: number; text: string }[];
  /** Tables outside any `<details>`. */
  tables: RenderedTable[];
  folds: RenderedFold[];
  /** Paragraphs outside any `<details>` (text). */
  paragraphs: string[];
  html: string;
}

function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((c) => c.content).join('');
}

/**
 * The structure a reader sees once GitHub renders the markdown: headings, tables, `<details>`
 * folds with what is inside them, paragraphs. Read from the renderer's token stream, not from
 * the source text.
 */
export function renderStructure(markdown: string): RenderedSummary {
  const tokens = gfm.parse(markdown, {});
  const out: RenderedSummary = { headings: [], tables: [], folds: [], paragraphs: [], html: gfm.render(markdown) };
  let fold: RenderedFold | undefined;
  let table: RenderedTable | undefined;
  let row: string[] | undefined;
  let inHeader = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'html_block' && /<details/.test(t.content)) {
      const summary = /<summary>([\s\S]*?)<\/summary>/.exec(t.content)?.[1] ?? '';
      fold = { summary, open: /<details[^>]*\bopen\b/.test(t.content), groups: [], tables: [] };
      out.folds.push(fold);
    } else if (t.type === 'html_block' && /<\/details>/.test(t.content)) {
      fold = undefined;
    } else if (t.type === 'heading_open') {
      out.headings.push({ level: Number(t.tag.slice(1)), text: inlineText(tokens[i + 1]) });
    } else if (t.type === 'table_open') {
      table = { header: [], rows: [] };
      (fold ? fold.tables : out.tables).push(table);
    } else if (t.type === 'thead_open') inHeader = true;
    else if (t.type === 'thead_close') inHeader = false;
    else if (t.type === 'tr_open') row = [];
    else if ((t.type === 'th_open' || t.type === 'td_open') && row) row.push(inlineText(tokens[i + 1]));
    else if (t.type === 'tr_close' && table && row) {
      if (inHeader) table.header = row;
      else table.rows.push(row);
      row = undefined;
    } else if (t.type === 'paragraph_open' && t.level === 0) {
      const text = inlineText(tokens[i + 1]);
      const bold = tokens[i + 1]?.children?.find((c) => c.type !== 'text' || c.content !== '')?.type === 'strong_open';
      if (fold && bold) fold.groups.push({ heading: text, items: [] });
      else if (!fold) out.paragraphs.push(text);
    } else if (t.type === 'list_item_open' && fold) {
      const group = fold.groups.at(-1) ?? (fold.groups.push({ heading: '', items: [] }), fold.groups.at(-1));
      group?.items.push(inlineText(tokens[i + 2]));
    }
  }
  return out;
}
