// Public entry of @goteborgsstad/mcp: the server factory and the search, for embedding the
// design-system answers in another MCP server or tool. The `gbg-mcp` bin runs it over stdio.
export { createGbgMcpServer, formatGuidance, formatProps } from './server.js';
export { findComponent, fold, queryTerms, searchComponents, type SearchHit } from './search.js';
export {
  loadManifest,
  resolveManifestPath,
  MANIFEST_SPECIFIER,
  type Manifest,
  type ManifestComponent,
  type ManifestProp,
  type ManifestText,
} from './manifest.js';
