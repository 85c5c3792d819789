/**
 * "Show code" gives JSX a developer can paste: components passed as props (icons) print as
 * their name (`iconBefore={SearchIcon}`), not as a serialised forwardRef object.
 */
export function transformSource(code: string): string {
  // `{{ $$typeof: Symbol(react.forward_ref), displayName: 'PlusIcon', render: function X(){} }}`
  const exotic = /\{\{\s*\$\$typeof: Symbol\(react\.(?:forward_ref|memo)\),(?:[^{}]|\{\})*?\}\}/g;
  return code.replace(exotic, (match) => {
    const name = /displayName: '(\w+)'/.exec(match)?.[1] ?? /render: (?:function )?(\w+)/.exec(match)?.[1];
    return name ? `{${name}}` : match;
  });
}
