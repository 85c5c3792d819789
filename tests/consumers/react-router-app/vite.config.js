import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // Each component's JS imports its own CSS. Vite leaves packages external in the server build,
  // and Node cannot import .css, so the design-system packages are bundled (documented in
  // *Kom igång/Utvecklare*, "Serverrendering med Vite").
  ssr: { noExternal: [/^@goteborgsstad\//] },
});
