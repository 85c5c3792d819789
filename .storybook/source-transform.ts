import { demoLanguage, pickDemoText, type DemoGlobals } from '../packages/react/src/storybook/demoLanguage.js';

/** The part of Storybook's story context the transform reads. */
type SourceContext = { globals?: DemoGlobals; storyGlobals?: DemoGlobals };

/**
 * "Show code" gives JSX a developer can paste: components passed as props (icons) print as
 * their name (`iconBefore={SearchIcon}`), not as a serialised forwardRef object, and story demo
 * text (`<Demo sv="…" en="…" />`) prints as the text the story shows.
 */
export function transformSource(code: string, context?: SourceContext): string {
  // `{{ $$typeof: Symbol(react.forward_ref), displayName: 'PlusIcon', render: function X(){} }}`
  const exotic = /\{\{\s*\$\$typeof: Symbol\(react\.(?:forward_ref|memo)\),(?:[^{}]|\{\})*?\}\}/g;
  const nameOf = (match: string) => /displayName: '(\w+)'/.exec(match)?.[1] ?? /render: (?:function )?(\w+)/.exec(match)?.[1];
  // The same object inside an array or object prop (`social={[{ icon: { $$typeof: … } }]}`).
  const nested = /\{\s*\$\$typeof: Symbol\(react\.(?:forward_ref|memo)\),(?:[^{}]|\{\})*?\}/g;
  const named = code
    .replace(exotic, (match) => (nameOf(match) ? `{${nameOf(match)}}` : match))
    .replace(nested, (match) => nameOf(match) ?? match);
  return replaceDemo(named, { ...context?.globals, ...context?.storyGlobals });
}

// `<Demo en="Send" sv="Skicka" />`, attributes in any order, on one line or several.
const demoElement = /<Demo((?:\s+(?:sv|en|ar)=(?:"[^"]*"|\{'(?:[^'\\]|\\.)*'\}|\{"(?:[^"\\]|\\.)*"\}))+)\s*\/>/g;
const demoAttribute = /(sv|en|ar)=(?:"([^"]*)"|\{'((?:[^'\\]|\\.)*)'\}|\{"((?:[^"\\]|\\.)*)"\})/g;

function replaceDemo(code: string, globals: DemoGlobals): string {
  const language = demoLanguage(globals);
  return code.replace(demoElement, (match, attributes: string) => {
    const texts: Record<string, string> = {};
    for (const [, key, plain, single, double] of attributes.matchAll(demoAttribute)) {
      texts[key!] = plain ?? (single ?? double ?? '').replace(/\\(.)/g, '$1');
    }
    if (texts.sv === undefined || texts.en === undefined) return match;
    return pickDemoText({ sv: texts.sv, en: texts.en, ar: texts.ar }, language);
  });
}
