import { addons } from 'storybook/manager-api';
import { gbgManagerTheme, gbgManagerThemeDark, prefersDark } from './theme.js';

addons.setConfig({ theme: prefersDark() ? gbgManagerThemeDark : gbgManagerTheme });
