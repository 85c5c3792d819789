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

  it('prints an icon component inside an array prop by its name', () => {
    const code = [
      '<Footer',
      '  social={[',
      '    {',
      "      href: 'https://www.facebook.com/goteborgsstad',",
      '      icon: {',
      '        $$typeof: Symbol(react.forward_ref),',
      "        displayName: 'ChatIcon',",
      '        render: function HJ(){}',
      '      },',
      "      label: 'Facebook'",
      '    }',
      '  ]}',
      '/>',
    ].join('\n');
    const out = transformSource(code);
    expect(out).toContain('      icon: ChatIcon,');
    expect(out).not.toContain('$$typeof');
  });

  it('leaves ordinary JSX alone', () => {
    const code = '<Button iconAfter={<ExternalLinkIcon />} variant="secondary">\n  Öppna\n</Button>';
    expect(transformSource(code)).toBe(code);
  });
});

describe('transformSource: story demo text', () => {
  const code = ['<Button>', '  <Demo', '    ar="إرسال"', '    en="Send"', '    sv="Skicka"', '  />', '</Button>'].join('\n');

  it('prints the Swedish text by default', () => {
    expect(transformSource(code)).toBe(['<Button>', '  Skicka', '</Button>'].join('\n'));
  });

  it('prints the English text with the English locale', () => {
    expect(transformSource(code, { globals: { locale: 'en' } })).toBe(['<Button>', '  Send', '</Button>'].join('\n'));
  });

  it("prints the Arabic text in a right-to-left story (the story's own globals win)", () => {
    const context = { globals: { locale: 'sv', dir: 'ltr' }, storyGlobals: { dir: 'rtl' } };
    expect(transformSource(code, context)).toBe(['<Button>', '  إرسال', '</Button>'].join('\n'));
  });

  it('falls back to English in right to left without Arabic, on one line', () => {
    const line = '<Text><Demo en="Name" sv="Namn" /></Text>';
    expect(transformSource(line, { globals: { dir: 'rtl' } })).toBe('<Text>Name</Text>');
  });
});
