import { vars } from '../../theme/contract.css.js';
import { linkStyle } from '../../theme/linkRule.js';
import { componentStyle } from '../../theme/styles.js';

// The list is its own size container: question, answer and "Ändra" sit in three columns only
// where the list itself has room, and stack in a narrow column or on a phone.
export const root = componentStyle('check-answers', {
  containerType: 'inline-size',
  margin: 0,
  padding: 0,
  color: vars.color.text.default,
  fontFamily: vars.font.family.sans,
  font: vars.typography.body,
});

export const row = componentStyle('check-answers-row', {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  rowGap: vars.space['1'],
  paddingBlock: vars.space['3'],
  borderBlockEndWidth: vars.border.width.thin,
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: vars.color.border.subtle,
  selectors: {
    '&:first-child': { borderBlockStartWidth: vars.border.width.thin, borderBlockStartStyle: 'solid', borderBlockStartColor: vars.color.border.subtle },
  },
  '@container': {
    '(min-width: 36rem)': {
      gridTemplateColumns: 'minmax(8rem, 1fr) minmax(0, 2fr) auto',
      columnGap: vars.space['4'],
      alignItems: 'start',
    },
  },
});

export const question = componentStyle('check-answers-question', {
  fontWeight: vars.font.weight.bold,
  overflowWrap: 'break-word',
});

export const answer = componentStyle('check-answers-answer', {
  margin: 0,
  overflowWrap: 'anywhere',
});

/** One line of a several-line answer (an address, a list of files). */
export const answerLine = componentStyle('check-answers-answer-line', {
  display: 'block',
});

export const action = componentStyle('check-answers-action', {
  margin: 0,
  '@container': {
    '(min-width: 36rem)': { textAlign: 'end' },
  },
});

export const link = componentStyle('check-answers-link', linkStyle({ display: 'inline-block' }));
