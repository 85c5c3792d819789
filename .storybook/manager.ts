import { addons } from 'storybook/manager-api';
import { gbgManagerTheme } from './theme.js';

addons.setConfig({ theme: gbgManagerTheme });
