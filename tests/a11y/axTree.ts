// Node side (a Vitest browser command, registered in vitest.config.ts): the accessibility tree
// Chromium itself computes for an element — what it hands to screen readers through the platform
// accessibility APIs — read over the DevTools protocol, written as indented text. Not a screen
// reader: it says which roles, names, descriptions and states a reader receives, not how each
// reader speaks them. (The protocol leaves out some properties, `aria-current` and `aria-sort`
// among them, and gives `aria-valuetext` empty; the unit tests check those attributes.)
import type { BrowserCommand } from 'vitest/node';

interface AXValue {
  type: string;
  value?: unknown;
}
interface AXProperty {
  name: string;
  value: AXValue;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  value?: AXValue;
  properties?: AXProperty[];
  childIds?: string[];
  backendDOMNodeId?: number;
}
interface DOMNode {
  backendNodeId: number;
  frameId?: string;
  attributes?: string[];
  children?: DOMNode[];
  contentDocument?: DOMNode;
  shadowRoots?: DOMNode[];
}

/** Roles that only group or lay out: their children are listed in their place. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'LineBreak', 'InlineTextBox', 'RootWebArea']);
/** States a reader announces, in a fixed order; `true`/`false` states are written as a word. */
const STATES = [
  'focused',
  'level',
  'checked',
  'pressed',
  'selected',
  'expanded',
  'disabled',
  'readonly',
  'required',
  'invalid',
  'hasPopup',
  'autocomplete',
  'multiselectable',
  'modal',
  'live',
  'atomic',
  'busy',
  'valuemin',
  'valuemax',
  'valuetext',
];

const quote = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim());

/** States whose `false` a reader announces too ("collapsed", "not checked", "not pressed"). */
const SAID_WHEN_FALSE = new Set(['expanded', 'checked', 'pressed']);

function stateText({ name, value }: AXProperty): string | undefined {
  const v = value.value;
  if ((v === false || v === 'false') && SAID_WHEN_FALSE.has(name)) return `${name}=false`;
  if (v === false || v === 'false' || v === undefined || v === '') return undefined;
  if (v === true || v === 'true') return name;
  return `${name}=${typeof v === 'string' ? quote(v) : String(v)}`;
}

/** One line per node a reader meets: role "name", then description, value and states. */
function line(node: AXNode): string {
  const role = String(node.role?.value ?? 'unknown');
  const name = String(node.name?.value ?? '');
  if (role === 'StaticText') return `text ${quote(name)}`;
  const parts = [name ? `${role} ${quote(name)}` : role];
  const description = String(node.description?.value ?? '');
  if (description) parts.push(`description=${quote(description)}`);
  const value = node.value?.value;
  // A link's value is its URL and a file input's is the browser's own words ("No file chosen"):
  // neither is the component's, so neither is recorded.
  if (value !== undefined && value !== '' && role !== 'link' && role !== 'button') parts.push(`value=${quote(String(value))}`);
  const props = new Map((node.properties ?? []).map((p) => [p.name, p]));
  for (const state of STATES) {
    const prop = props.get(state);
    const text = prop && stateText(prop);
    if (text) parts.push(text);
  }
  return parts.join(' ');
}

function findNode(root: DOMNode, attribute: string, value: string): DOMNode | undefined {
  const attrs = root.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === attribute && attrs[i + 1] === value) return root;
  for (const child of [...(root.children ?? []), ...(root.shadowRoots ?? []), ...(root.contentDocument ? [root.contentDocument] : [])]) {
    const found = findNode(child, attribute, value);
    if (found) return found;
  }
  return undefined;
}

function frameOf(root: DOMNode, target: DOMNode, frameId?: string): string | undefined {
  if (root === target) return frameId;
  for (const child of [...(root.children ?? []), ...(root.shadowRoots ?? [])]) {
    const found = frameOf(child, target, frameId);
    if (found) return found;
  }
  if (root.contentDocument) return frameOf(root.contentDocument, target, root.frameId ?? frameId);
  return undefined;
}

/**
 * `axTree('data-ax-root', 'x')`: the tree under the element carrying that attribute value in the
 * test's frame, one indented line per node (ignored and purely structural nodes left out).
 */
export const axTree: BrowserCommand<[attribute: string, value: string]> = async (context, attribute, value) => {
  const cdp = await context.page.context().newCDPSession(context.page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DOMNode };
    const target = findNode(root, attribute, value);
    if (!target) throw new Error(`axTree: no element with ${attribute}="${value}"`);
    const frameId = frameOf(root, target);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    // The element's own subtree in the DOM: a modal dialog inside it leaves the element itself
    // out of the tree (the page around the dialog is inert), so the walk starts at the frame's
    // root and keeps what lies inside the element.
    const inside = new Set<number>();
    const collect = (node: DOMNode) => {
      inside.add(node.backendNodeId);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child);
    };
    for (const child of target.children ?? []) collect(child);
    const top = nodes.find((node) => !node.ignored && node.role?.value === 'RootWebArea') ?? nodes[0];
    if (!top) throw new Error('axTree: the frame has no accessibility tree');
    const lines: string[] = [];
    // A text node that only repeats its parent's name (a button's label, a heading's words)
    // is left out: a reader says it once, as the name.
    const walk = (node: AXNode, depth: number, parentName: string) => {
      const role = String(node.role?.value ?? '');
      const name = String(node.name?.value ?? '').replace(/\s+/g, ' ').trim();
      const shown =
        node.backendDOMNodeId !== undefined &&
        inside.has(node.backendDOMNodeId) &&
        !node.ignored &&
        !TRANSPARENT.has(role) &&
        !(role === 'StaticText' && (!name || parentName.includes(name)));
      if (shown) lines.push(`${'  '.repeat(depth)}- ${line(node)}`);
      // A live region's words are an announcement in flight (written a moment after the change,
      // cleared before the next): recorded as the region alone, so the file does not depend on
      // timing. The unit tests check what is announced.
      const live = node.properties?.find((p) => p.name === 'live')?.value.value;
      if (shown && live && live !== 'off') return;
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child, shown ? depth + 1 : depth, shown ? name : parentName);
      }
    };
    walk(top, 0, '');
    return `${lines.join('\n')}\n`;
  } finally {
    await cdp.detach();
  }
};
