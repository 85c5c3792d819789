// Types for what Vite and Vitest give modules that the package's own type-check reaches through
// tests and stories: CSS side-effect imports (tokens.css in browser tests, Storybook's preview)
// and `import.meta.glob` (tests/shared/composed-stories.ts). The published types never see this
// file (tsconfig.build.json includes only src).
/// <reference types="vite/client" />
