// The "Varumärke" panel as a local Storybook addon: a manager entry (the panel) and a preview
// annotation (the auditor that runs in the story iframe).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const managerEntries = (entries: string[] = []) => [...entries, path.join(here, 'manager.tsx')];
export const previewAnnotations = (entries: string[] = []) => [...entries, path.join(here, 'preview.ts')];
