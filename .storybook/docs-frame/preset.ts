// Every docs page in one frame: a component page gets its status line at the top and its
// changes at the bottom (from @goteborgsstad/react/status.json), and every page ends with
// "Ge återkoppling på sidan". A local addon (preview annotation), so no .mdx page has to
// render these blocks itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const previewAnnotations = (entries: string[] = []) => [...entries, path.join(here, 'preview.tsx')];
