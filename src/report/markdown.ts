/**
 * Markdown for GitHub surfaces (job summary, check-run output, review comments) built from text
 * that quotes reviewed files. A pull request controls names, values and paths, so none of it may
 * become a link, an image, HTML, an @mention (a notification) or formatting. Anything that could
 * is put in a code span, where GitHub renders it literally and links nothing; the rest of a
 * message stays ordinary text, so sentences remain readable.
 */

/** Control and bidi characters, shown as `\u{…}` rather than passed to the renderer. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);
}

/**
 * A code span that shows `text` exactly: the fence is one backtick longer than the longest run
 * inside, and padded when the text starts or ends with a backtick (CommonMark 6.1). Line breaks
 * become spaces; other control characters are shown escaped.
 */
export function codeSpan(text: string): string {
  const flat = visibleControls(text.replace(/\r\n?|\n/g, ' '));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Words that could turn into markup: link and image brackets, HTML and entities, @mentions and
 * e-mail autolinks, URL autolinks (`scheme://`, `www.`), backslash escapes, table pipes, stray
 * backticks.
 */
const RISKY_WORD = /[[\]<>@\\|&`]|:\/\/|^www\./i;

/**
 * One line of inline markdown that renders as `text` says and nothing more. Code spans the text
 * already has (`` `memory-budget` ``) are kept: nothing inside one renders. Emphasis and
 * strikethrough characters elsewhere are backslash-escaped.
 */
export function inlineText(text: string): string {
  const flat = visibleControls(text.replace(/\s*(?:\r\n?|\n)\s*/g, ' '));
  return flat.replace(/(`[^`]+`)|([^\s`]+)|(`+)/g, (match, span: string | undefined, word: string | undefined) => {
    if (span !== undefined) return span;
    if (word !== undefined && !RISKY_WORD.test(word)) return word.replace(/([*_~])/g, '\\$1');
    // A comparison sign on its own ("3.8Gi > 3.0Gi") cannot open a tag: an entity reads better than code.
    if (word !== undefined && /^[<>]=?$/.test(word)) return word.replace('<', '&lt;').replace('>', '&gt;');
    return codeSpan(match);
  });
}

/** Text for HTML content or a double-quoted attribute (the `<summary>` of a `<details>` block). */
export function escapeHtml(text: string): string {
  return visibleControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A link whose label is literal text in a code span; the URL is ours, characters that end it encoded. */
export function codeLink(label: string, url: string | undefined): string {
  const span = codeSpan(label);
  return url ? `[${span}](${url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c))})` : span;
}

/** Inside a table row, `|` ends the cell even in a code span unless escaped (GFM tables). */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}
