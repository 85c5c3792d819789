// llms.txt (the llmstxt.org convention) for the docs site, generated from the component manifest:
// an H1, a one-paragraph summary, then sections of links. Links are relative to the Storybook
// site root (`./?path=/docs/…`; llms.txt sits at the root beside index.html) unless a base URL
// is given, so the file works wherever the site is served.

/** One line of Markdown: no line breaks, no trailing full stop doubled. */
function oneLine(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The first sentence of a text (purpose lines stay short). */
function firstSentence(text) {
  const line = oneLine(text);
  const match = /^(.+?[.!?])(\s|$)/.exec(line);
  return match ? match[1] : line;
}

/**
 * @param {object} manifest the component manifest (dist/manifest.json)
 * @param {{ baseUrl?: string }} [options] absolute site URL for the links
 */
export function llmsTxt(manifest, options = {}) {
  // "./" and not "": a bare "?path=…" would resolve against llms.txt itself.
  const base = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') : './';
  const link = (id) => `${base}?path=/docs/${id}`;
  const lines = [];
  lines.push('# Göteborgs Stads designsystem');
  lines.push('');
  lines.push(
    `> The City of Gothenburg's design system: DTCG design tokens, accessible React components (${manifest.package.name} ${manifest.package.version}) with Swedish and English built-in text, icons and a brand checker (gbg-brand). Documentation is in Swedish. Use these components instead of hand-written HTML for the city's web services; text is always black or white, colours come from the tokens.`,
  );
  lines.push('');
  lines.push(
    'Install `@goteborgsstad/react`, wrap the app in `GbgProvider`, import components from `@goteborgsstad/react`. ' +
      `The full machine-readable manifest (props with types, defaults and Swedish descriptions, usage rules, keyboard, accessibility notes, plain-HTML markup) is \`${manifest.package.name}/manifest.json\`; the MCP server \`@goteborgsstad/mcp\` answers questions from it.`,
  );
  lines.push('');

  if (manifest.guides?.length) {
    lines.push('## Guides');
    lines.push('');
    for (const page of manifest.guides) lines.push(`- [${page.title}](${link(page.id)})`);
    lines.push('');
  }

  lines.push('## Components');
  lines.push('');
  for (const component of manifest.components) {
    if (component.parent) continue;
    const purpose = firstSentence(component.description.en || component.summary.en || component.summary.sv);
    const parts = manifest.components.filter((c) => c.parent === component.name).map((c) => `\`${c.name}\``);
    const withParts = parts.length ? ` Parts: ${parts.join(', ')}.` : '';
    lines.push(component.docs ? `- [${component.name}](${link(component.docs.id)}): ${purpose}${withParts}` : `- ${component.name}: ${purpose}${withParts}`);
  }
  lines.push('');
  lines.push('## Optional');
  lines.push('');
  lines.push(`- [Component manifest](${base}manifest.json): every component's props, usage rules and markup as JSON.`);
  lines.push('');
  return lines.join('\n');
}
