import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview.js';

// Story tests run with the same globals, decorators and axe settings as Storybook itself.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
