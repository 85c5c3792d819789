// Reads the parts of a component's Swedish MDX docs page that the manifest carries: the English
// summary line, the purpose, "När du ska använda den" / "När du inte ska använda den",
// "Innehållsråd", the "Tangentbord" table and "Tillgänglighet". The pages share these headings
// (see docs/kom-igang/Bidra.mdx); a page without one simply gives an empty list.

/** Section headings (lower-cased) → manifest keys. */
const SECTIONS = {
  'vad den är till för': 'purpose',
  'när du ska använda den': 'whenToUse',
  'när du inte ska använda den': 'whenNotToUse',
  innehållsråd: 'contentGuidance',
  tangentbord: 'keyboard',
  tillgänglighet: 'accessibility',
};

/** Drops MDX-only lines (imports, JSX blocks) so only Markdown text is left. */
function markdownLines(text) {
  const out = [];
  let jsxDepth = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (jsxDepth === 0 && /^(import|export)\s/.test(trimmed)) continue;
    if (jsxDepth > 0 || /^<[A-Za-z/]/.test(trimmed)) {
      // A JSX element may span lines; count opening and closing tags to skip all of it.
      const opens = (trimmed.match(/<[A-Za-z]/g) ?? []).length;
      const closes = (trimmed.match(/<\/[A-Za-z]|\/>/g) ?? []).length;
      jsxDepth = Math.max(0, jsxDepth + opens - closes);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Markdown paragraphs and list items as single lines (soft-wrapped lines joined). */
function blocks(lines) {
  const items = [];
  let current = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (bullet) {
      current = { text: bullet[1].trim() };
      items.push(current);
    } else if (current) {
      current.text += ` ${line.trim()}`;
    } else {
      current = { text: line.trim() };
      items.push(current);
    }
  }
  return items.map((item) => item.text);
}

/** A GitHub-flavoured Markdown table → rows of cells (header and separator dropped). */
function tableRows(lines) {
  const rows = lines
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
  return rows.filter((cells, index) => index > 0 && !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

/**
 * @param {string} mdx the page source
 * @returns {{ title: string | undefined, summary: { en?: string, sv?: string }, purpose: string[],
 *   whenToUse: string[], whenNotToUse: string[], contentGuidance: string[],
 *   keyboard: { keys: string, action: string }[], keyboardNotes: string[], accessibility: string[] }}
 */
export function readDocsPage(mdx) {
  const lines = markdownLines(mdx.replace(/\r\n/g, '\n'));
  const result = {
    title: undefined,
    summary: {},
    purpose: [],
    whenToUse: [],
    whenNotToUse: [],
    contentGuidance: [],
    keyboard: [],
    keyboardNotes: [],
    accessibility: [],
  };
  /** @type {Record<string, string[]>} */
  const sections = { intro: [] };
  let key = 'intro';
  for (const line of lines) {
    const h1 = /^#\s+(.+)$/.exec(line);
    if (h1) {
      result.title ??= h1[1].trim();
      continue;
    }
    const h2 = /^##\s+(.+)$/.exec(line);
    if (h2) {
      key = SECTIONS[h2[1].trim().toLowerCase()] ?? 'other';
      sections[key] ??= [];
      continue;
    }
    // Sub-headings stay inside their section (for instance "### Bara ikon").
    if (/^#{3,}\s/.test(line)) continue;
    (sections[key] ??= []).push(line);
  }

  for (const paragraph of blocks(sections.intro)) {
    const english = /^[_*]English:\s*([\s\S]*?)[_*]?$/.exec(paragraph);
    if (english) result.summary.en ??= english[1].replace(/[_*]$/, '').trim();
    else result.summary.sv ??= paragraph;
  }
  result.purpose = blocks(sections.purpose ?? []);
  result.summary.sv ??= result.purpose[0];
  result.whenToUse = blocks(sections.whenToUse ?? []);
  result.whenNotToUse = blocks(sections.whenNotToUse ?? []);
  result.contentGuidance = blocks(sections.contentGuidance ?? []);
  result.accessibility = blocks(sections.accessibility ?? []).filter((text) => !text.startsWith('|'));
  result.keyboard = tableRows(sections.keyboard ?? [])
    .filter((cells) => cells.length >= 2)
    .map(([keys, ...rest]) => ({ keys, action: rest.join(' | ') }));
  // Prose around (or instead of) the table, e.g. "Field has no keyboard behaviour of its own".
  result.keyboardNotes = blocks(sections.keyboard ?? []).filter((text) => !text.startsWith('|'));
  return result;
}
