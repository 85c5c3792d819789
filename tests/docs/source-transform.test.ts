// "Show code" on the docs pages: components passed as props print as their names.
import { describe, expect, it } from 'vitest';
import { transformSource } from '../../.storybook/source-transform.js';

describe('transformSource', () => {
  it('prints an icon component passed as a prop by its name', () => {
    const code = [
      '<Button',
      '  iconBefore={{',
      '    $$typeof: Symbol(react.forward_ref),',
      "    displayName: 'PlusIcon',",
      '    render: function NK(){}',
      '  }}',
      '>',
      '  Lägg till barn',
      '</Button>',
    ].join('\n');
    expect(transformSource(code)).toBe(['<Button', '  iconBefore={PlusIcon}', '>', '  Lägg till barn', '</Button>'].join('\n'));
  });

  it('leaves ordinary JSX alone', () => {
    const code = '<Button iconAfter={<ExternalLinkIcon />} variant="secondary">\n  Öppna\n</Button>';
    expect(transformSource(code)).toBe(code);
  });
});
