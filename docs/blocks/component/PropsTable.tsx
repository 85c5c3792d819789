import { useOf, type Of } from '@storybook/addon-docs/blocks';
import type { ComponentType } from 'react';
import { DocBlock } from '../DocBlock.js';

/** The react-docgen-typescript data that .storybook/docgen-plugin.ts attaches to a component. */
export interface DocgenProp {
  name: string;
  required: boolean;
  description: string;
  defaultValue: { value: unknown } | null;
  type: { name: string; raw?: string; value?: Array<{ value: unknown }> };
  tags?: { sv?: string };
}
export interface DocgenInfo {
  displayName: string;
  description?: string;
  props: Record<string, DocgenProp>;
}

export const docgenOf = (component: unknown): DocgenInfo | undefined =>
  (component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo;

const literal = (text: string) => /^(".*"|'.*'|-?\d+(\.\d+)?|true|false|null)$/.test(text);

/** One readable TypeScript type: literal unions spelled out, named types kept by name. */
export function formatType(type: DocgenProp['type']): string {
  const raw = (type.raw ?? type.name ?? '').replace(/^\((.*)\)$/s, '$1');
  if (type.name !== 'enum' || !Array.isArray(type.value)) return raw || type.name;
  if (raw === 'boolean' || raw === 'ReactNode') return raw;
  const members = type.value.map((member) => String(member.value));
  if (members.length > 1 && members.every(literal)) return members.join(' | ');
  return raw || members.join(' | ');
}

/** JSDoc text as prose: soft line breaks joined, `code` spans kept as code. */
export function Prose({ text }: { text: string }) {
  const parts = text.trim().replace(/([^\n])\n(?!\n)/g, '$1 ').split(/(`[^`]+`)/);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('`') && part.endsWith('`') ? <code key={index}>{part.slice(1, -1)}</code> : part,
      )}
    </>
  );
}

/**
 * The props of one component, from its TypeScript types: description (the Swedish `@sv` tag,
 * or the English JSDoc marked as English while `@sv` is missing), type and default (`@default`).
 * Give `of` (the stories module: its meta's component) or `component` (a sub-component).
 */
export function PropsTable({
  of,
  component,
  heading,
  subcomponents,
}: {
  of?: Of;
  component?: ComponentType<never>;
  heading?: string;
  /** Parts documented on the same page (Radio on the RadioGroup page), each in its own table. */
  subcomponents?: Record<string, ComponentType<never>>;
}) {
  const resolved = component ? undefined : useOf(of ?? 'meta', ['meta']);
  const meta = resolved?.type === 'meta' ? resolved.preparedMeta : undefined;
  const target = component ?? meta?.component;
  const parts = { ...(meta?.subcomponents ?? {}), ...(subcomponents ?? {}) } as Record<string, ComponentType<never>>;
  return (
    <>
      <OneTable component={target} heading={heading} />
      {Object.entries(parts).map(([name, part]) => (
        <OneTable key={name} component={part} />
      ))}
    </>
  );
}

function OneTable({ component, heading }: { component: unknown; heading?: string }) {
  const info = docgenOf(component);
  if (!info) {
    return (
      <DocBlock>
        <p>Ingen typinformation hittades för komponenten. / No type information found.</p>
      </DocBlock>
    );
  }
  const props = Object.values(info.props).sort((a, b) => Number(b.required) - Number(a.required));
  const captionId = `gbg-props-${info.displayName}`;
  return (
    <DocBlock>
      <table className="gbg-docs-table gbg-docs-props" aria-labelledby={captionId}>
        <caption id={captionId}>
          {heading ?? (
            <>
              Egenskaper för <code>{info.displayName}</code>
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">Egenskap</th>
            <th scope="col">Beskrivning</th>
            <th scope="col">Typ</th>
            <th scope="col">Standard</th>
          </tr>
        </thead>
        <tbody>
          {props.map((prop) => (
            <tr key={prop.name}>
              <th scope="row" data-label="Egenskap">
                <code>{prop.name}</code>
                {prop.required ? <span className="gbg-docs-props-required"> (krävs)</span> : null}
              </th>
              <td data-label="Beskrivning">
                {prop.tags?.sv ? (
                  <Prose text={prop.tags.sv} />
                ) : prop.description ? (
                  <span lang="en">
                    <Prose text={prop.description} /> <span className="gbg-docs-props-lang">(engelska)</span>
                  </span>
                ) : (
                  '–'
                )}
              </td>
              <td data-label="Typ">
                <code>{formatType(prop.type)}</code>
              </td>
              <td data-label="Standard">{prop.defaultValue ? <code>{String(prop.defaultValue.value)}</code> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DocBlock>
  );
}
