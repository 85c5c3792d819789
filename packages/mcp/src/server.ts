// The MCP server: tools "find_component" (which component for X), "component_props" (props of Y)
// and "component_guidance" (usage, keyboard, accessibility, plain-HTML markup), plus the manifest
// and each component as resources (compact JSON: it goes into a model's context). Answers are
// Markdown text, which every MCP client shows.
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Manifest, ManifestComponent, ManifestProp } from './manifest.js';
import { findComponent, searchComponents } from './search.js';

const MANIFEST_URI = 'gbg://manifest.json';

function purpose(component: ManifestComponent): string {
  const sv = component.summary.sv ?? component.description.sv;
  const en = component.description.en ?? component.summary.en;
  return [sv && `${sv}`, en && `(English: ${en})`].filter(Boolean).join(' ');
}

function docsLine(component: ManifestComponent): string {
  return component.docs ? `Docs page: "${component.docs.title}" (Storybook id \`${component.docs.id}\`)` : '';
}

/** One cell of a Markdown table: no line breaks or bare pipes. */
function cell(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function propRow(prop: ManifestProp): string {
  const type = prop.alias ? `${prop.type} (${prop.alias})` : prop.type;
  return `| \`${prop.name}\`${prop.required ? ' (required)' : ''} | \`${cell(type)}\` | ${prop.default ? `\`${cell(prop.default)}\`` : '–'} | ${cell(prop.description.sv)} | ${cell(prop.description.en)} |`;
}

/** The "props of Y" answer. */
export function formatProps(manifest: Manifest, component: ManifestComponent): string {
  const lines = [
    `# ${component.name} — props`,
    '',
    `\`${component.import}\``,
    '',
    purpose(component),
    '',
    'Own props below; every other attribute of the rendered HTML element (id, className, style, aria-*, event handlers) passes through, and the ref goes to that element.',
    '',
    '| Prop | Type | Default | Beskrivning (sv) | Description (en) |',
    '| --- | --- | --- | --- | --- |',
    ...component.props.map(propRow),
  ];
  const parts = manifest.components.filter((c) => c.parent === component.name).map((c) => `\`${c.name}\``);
  if (parts.length) lines.push('', `Parts documented with it: ${parts.join(', ')} (ask for their props by name).`);
  if (component.parent) lines.push('', `Documented with \`${component.parent}\`.`);
  if (component.docs) lines.push('', docsLine(component));
  return lines.join('\n');
}

function list(title: string, items: string[]): string[] {
  return items.length ? ['', `## ${title}`, '', ...items.map((item) => `- ${item}`)] : [];
}

/** Usage rules, keyboard, accessibility and markup: how to use the component well. */
export function formatGuidance(manifest: Manifest, component: ManifestComponent): string {
  const owner = component.parent ? findComponent(manifest, component.parent) ?? component : component;
  const lines = [`# ${component.name}`, '', `\`${component.import}\``, '', purpose(component)];
  if (owner !== component) lines.push('', `Usage rules below are from the \`${owner.name}\` page, where \`${component.name}\` is documented.`);
  lines.push(
    ...list('När du ska använda den (when to use)', owner.usage.whenToUse),
    ...list('När du inte ska använda den (when not to use)', owner.usage.whenNotToUse),
    ...list('Innehållsråd (content guidance)', owner.usage.contentGuidance),
  );
  if (owner.keyboard.length || owner.keyboardNotes.length) {
    lines.push('', '## Tangentbord (keyboard)', '');
    if (owner.keyboard.length) {
      lines.push('| Tangent | Gör |', '| --- | --- |', ...owner.keyboard.map((row) => `| ${cell(row.keys)} | ${cell(row.action)} |`));
    }
    lines.push(...owner.keyboardNotes);
  }
  lines.push(...list('Tillgänglighet (accessibility)', owner.accessibility));
  if (owner.conformance) {
    const criteria = owner.conformance.criteria.map((c) => `${c.id} ${c.name} (${c.level}; ${c.methods.join(', ')})`);
    lines.push(...list(`${owner.conformance.standard} criteria (how tested)`, criteria));
    lines.push(...list('Kända begränsningar (known limits)', owner.conformance.limits.map((l) => l.sv ?? l.en ?? '')));
  }
  if (owner.example) {
    lines.push(
      '',
      `## Plain HTML (story "${owner.example.story}", with the stylesheet \`@goteborgsstad/react/styles.css\`)`,
      '',
      '```html',
      owner.example.html,
      '```',
    );
  }
  if (owner.docs) lines.push('', docsLine(owner));
  return lines.join('\n');
}

function unknownComponent(manifest: Manifest, name: string) {
  const suggestions = searchComponents(manifest, name, 3).map((hit) => hit.component.name);
  const names = manifest.components.map((c) => c.name).join(', ');
  return {
    isError: true,
    content: [
      {
        type: 'text' as const,
        text:
          `No component named "${name}" in ${manifest.package.name} ${manifest.package.version}.` +
          (suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : '') +
          ` Components: ${names}.`,
      },
    ],
  };
}

/** An MCP server that answers from one manifest. Connect it to a transport (stdio in `gbg-mcp`). */
export function createGbgMcpServer(manifest: Manifest, version = '0.0.0'): McpServer {
  const server = new McpServer(
    { name: 'goteborgsstad-designsystem', version },
    {
      instructions:
        `Göteborgs Stads designsystem (${manifest.package.name} ${manifest.package.version}). ` +
        'Before writing UI for the City of Gothenburg, ask find_component which component fits, then component_props ' +
        'for its props and component_guidance for usage rules. Prefer these components over hand-written HTML. ' +
        'User-facing text is Swedish by default.',
    },
  );

  server.registerTool(
    'find_component',
    {
      title: 'Which component for …? / Vilken komponent för …?',
      description:
        'Finds the Göteborgs Stad design-system component for a need, described in Swedish or English ' +
        '(e.g. "personnummer", "ja/nej-fråga", "show a list of form errors"). Returns the best matches with their purpose and import.',
      inputSchema: {
        query: z.string().min(1).describe('What the UI needs to do, in Swedish or English.'),
        limit: z.number().int().min(1).max(20).optional().describe('How many matches to return (default 5).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit }) => {
      const hits = searchComponents(manifest, query, limit ?? 5);
      if (hits.length === 0) {
        return {
          content: [
            {
              type: 'text' as const,
              text: `No component matches "${query}". Components: ${manifest.components.map((c) => c.name).join(', ')}.`,
            },
          ],
        };
      }
      const text = [
        `Components for "${query}" (best first):`,
        '',
        ...hits.map(
          (hit, index) =>
            `${index + 1}. **${hit.component.name}**${hit.component.parent ? ` (part of ${hit.component.parent})` : ''} — ${purpose(hit.component)}\n` +
            `   \`${hit.component.import}\` · matched: ${hit.matched.join(', ')}`,
        ),
        '',
        'Ask component_props or component_guidance for details.',
      ].join('\n');
      return {
        content: [{ type: 'text' as const, text }],
        structuredContent: {
          results: hits.map((hit) => ({ name: hit.component.name, score: Math.round(hit.score * 100) / 100, matched: hit.matched })),
        },
      };
    },
  );

  server.registerTool(
    'component_props',
    {
      title: 'Props of a component / Egenskaper för en komponent',
      description:
        'The props of a Göteborgs Stad React component: type (unions written out), default, required, and Swedish and English descriptions.',
      inputSchema: { component: z.string().min(1).describe('Component name, e.g. "Button" or "TextField".') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ component: name }) => {
      const component = findComponent(manifest, name);
      if (!component) return unknownComponent(manifest, name);
      return {
        content: [{ type: 'text' as const, text: formatProps(manifest, component) }],
        structuredContent: { name: component.name, props: component.props },
      };
    },
  );

  server.registerTool(
    'component_guidance',
    {
      title: 'How to use a component / Hur en komponent används',
      description:
        'When to use and when not to use a component, content guidance, keyboard behaviour, accessibility notes and its plain-HTML markup (gbg- classes).',
      inputSchema: { component: z.string().min(1).describe('Component name, e.g. "ErrorSummary".') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ component: name }) => {
      const component = findComponent(manifest, name);
      if (!component) return unknownComponent(manifest, name);
      return { content: [{ type: 'text' as const, text: formatGuidance(manifest, component) }] };
    },
  );

  server.registerResource(
    'manifest',
    MANIFEST_URI,
    {
      title: 'Component manifest',
      description: `Every component of ${manifest.package.name} ${manifest.package.version}: props, usage rules, keyboard, accessibility, plain-HTML markup.`,
      mimeType: 'application/json',
    },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(manifest) }] }),
  );

  server.registerResource(
    'component',
    new ResourceTemplate('gbg://components/{name}', {
      list: async () => ({
        resources: manifest.components.map((c) => ({
          uri: `gbg://components/${c.name}`,
          name: c.name,
          mimeType: 'application/json',
          description: c.description.en ?? undefined,
        })),
      }),
    }),
    { title: 'One component', description: 'One component entry of the manifest.', mimeType: 'application/json' },
    async (uri, { name }) => {
      const component = findComponent(manifest, String(name));
      if (!component) throw new Error(`No component named "${String(name)}".`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(component) }] };
    },
  );

  return server;
}
