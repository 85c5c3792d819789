// The real gbg-mcp bin, spawned as an editor would, spoken to over stdio with the official SDK
// client. It reads the manifest of @goteborgsstad/react as installed beside it (the workspace
// link), so `pnpm build` must have run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const manifestFile = createRequire(new URL('../package.json', import.meta.url)).resolve('@goteborgsstad/react/manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
  components: {
    name: string;
    props: { name: string; type: string; default: string | null }[];
    conformance: { criteria: { id: string; name: string; level: string; methods: string[] }[] } | null;
  }[];
};

type TextResult = { content: { type: string; text: string }[]; isError?: boolean; structuredContent?: Record<string, unknown> };

let client: Client;

async function call(name: string, args: Record<string, unknown>): Promise<TextResult> {
  return (await client.callTool({ name, arguments: args })) as TextResult;
}

async function ranked(query: string): Promise<string[]> {
  const result = await call('find_component', { query });
  return ((result.structuredContent?.results ?? []) as { name: string }[]).map((r) => r.name);
}

beforeAll(async () => {
  client = new Client({ name: 'gbg-mcp-test', version: '1.0.0' });
  // cwd: the package folder, where @goteborgsstad/react is installed (as in a project).
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin], cwd: packageDir, stderr: 'pipe' }));
});

afterAll(async () => {
  await client?.close();
});

describe('gbg-mcp over stdio', () => {
  it('offers the three tools and the manifest resource', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['component_guidance', 'component_props', 'find_component']);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain('gbg://manifest.json');
    expect(resources.map((r) => r.uri)).toContain('gbg://components/Button');
  });

  it('serves the installed manifest unchanged as a resource', async () => {
    const result = await client.readResource({ uri: 'gbg://manifest.json' });
    const first = result.contents[0] as { text: string; mimeType: string };
    expect(first.mimeType).toBe('application/json');
    expect(JSON.parse(first.text)).toEqual(manifest);
  });

  it('finds the component for a need described in Swedish', async () => {
    expect((await ranked('fält för personnummer'))[0]).toBe('PersonnummerField');
    expect((await ranked('felsammanfattning'))[0]).toBe('ErrorSummary');
    expect((await ranked('strömbrytare'))[0]).toBe('Switch');
    // Inflected form of the Swedish name in the docs heading "Checkbox (kryssruta)".
    expect((await ranked('kryssrutor')).slice(0, 2)).toContain('Checkbox');
  });

  it('lets rare words decide over words every component uses', async () => {
    // "text" names the Text component and appears everywhere; "skärmläsare" and "dölj" decide.
    expect((await ranked('dölj text för skärmläsare'))[0]).toBe('VisuallyHidden');
    expect((await ranked('hoppa till huvudinnehållet'))[0]).toBe('SkipLink');
  });

  it('folds å, ä and ö, so a query typed without them still matches', async () => {
    expect((await ranked('stromsbrytare'))[0]).not.toBe('Switch'); // a different word is not folded into a match
    expect((await ranked('stromBRYTARE'))[0]).toBe('Switch');
    expect((await ranked('textomrade'))[0]).toBe('Textarea');
  });

  it('finds the component for a need described in English', async () => {
    expect((await ranked('show a list of form errors'))[0]).toBe('ErrorSummary');
    expect((await ranked('search box'))[0]).toBe('SearchField');
  });

  it('follows "when not to use" rules to the component they name', async () => {
    // RadioGroup's page: "Många alternativ: använd `Select`."
    const result = await call('find_component', { query: 'många alternativ' });
    const results = result.structuredContent?.results as { name: string; matched: string[] }[];
    expect(results[0]?.name).toBe('Select');
    expect(results[0]?.matched).toContain("recommended by RadioGroup's rules");
  });

  it('answers "props of Button" with resolved unions, defaults and descriptions', async () => {
    const result = await call('component_props', { component: 'button' });
    expect(result.isError).toBeFalsy();
    const text = result.content[0]?.text ?? '';
    expect(text).toContain("import { Button } from '@goteborgsstad/react';");
    // Pipes inside a table cell are escaped (GitHub-flavoured Markdown).
    expect(text).toContain('| `variant` | `"primary" \\| "secondary" \\| "tertiary" \\| "danger" (ButtonVariant)` | `\'primary\'` |');
    const props = (result.structuredContent as { props: { name: string }[] }).props;
    expect(props).toEqual(manifest.components.find((c) => c.name === 'Button')?.props);
  });

  it('gives usage rules, keyboard and plain-HTML markup', async () => {
    const result = await call('component_guidance', { component: 'ErrorSummary' });
    const text = result.content[0]?.text ?? '';
    expect(text).toContain('## När du ska använda den');
    expect(text).toContain('## Tangentbord (keyboard)');
    expect(text).toMatch(/```html\n<[^\n]*class="[^"]*gbg-error-summary/);
    const criterion = manifest.components.find((c) => c.name === 'ErrorSummary')?.conformance?.criteria[0];
    expect(criterion).toBeDefined();
    expect(text).toContain(
      `## WCAG 2.2 criteria (how tested)\n\n- ${criterion?.id} ${criterion?.name} (${criterion?.level}; ${criterion?.methods.join(', ')})`,
    );
  });

  it('documents a part through its parent page', async () => {
    const text = (await call('component_guidance', { component: 'Radio' })).content[0]?.text ?? '';
    expect(text).toContain('from the `RadioGroup` page');
    expect(text).toContain('Pil ned');
  });

  it('answers an unknown component with an error that names the choices', async () => {
    const result = await call('component_props', { component: 'Knappen' });
    expect(result.isError).toBe(true);
    expect(result.content[0]?.text).toMatch(/No component named "Knappen".*Did you mean: Button/);
  });

  it('rejects a call without the required argument', async () => {
    const result = await call('component_props', {});
    expect(result.isError).toBe(true);
  });
});

describe('gbg-mcp start-up', () => {
  it('exits with a message naming the fix when the manifest is missing', () => {
    const run = spawnSync(process.execPath, [bin, '--manifest', 'no/such/manifest.json'], { cwd: packageDir, encoding: 'utf8', input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read the manifest .*no\/such\/manifest\.json/);
  });

  it('refuses a JSON file that is not a manifest', () => {
    const run = spawnSync(process.execPath, [bin, '--manifest', 'package.json'], { cwd: packageDir, encoding: 'utf8', input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a component manifest of version 1');
  });
});
