// The component manifest of @goteborgsstad/react (its `./manifest.json` export): its shape, and
// where to find it. The server answers from the copy installed in the project the assistant is
// working in, so the answers match the version the project uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ManifestText {
  en: string | null;
  sv: string | null;
}

export interface ManifestProp {
  name: string;
  /** TypeScript type, unions written out (`"primary" | "secondary"`). */
  type: string;
  /** The allowed literal values of a union type. */
  values?: string[];
  /** The named type behind `values` (`ButtonVariant`). */
  alias?: string;
  required: boolean;
  /** The JSDoc `@default`, as written (`'primary'`, `false`). */
  default: string | null;
  description: ManifestText;
}

export interface ManifestComponent {
  name: string;
  import: string;
  /** The component whose docs page this part is documented on (`Radio` → `RadioGroup`). */
  parent: string | null;
  source: string;
  /** Storybook title and id of the docs page; `heading` is its H1, with the Swedish name. */
  docs: { title: string; id: string; heading: string | null } | null;
  description: ManifestText;
  summary: ManifestText;
  props: ManifestProp[];
  usage: { whenToUse: string[]; whenNotToUse: string[]; contentGuidance: string[] };
  keyboard: { keys: string; action: string }[];
  keyboardNotes: string[];
  accessibility: string[];
  /** WCAG 2.2 criteria the component is checked against, how, and its known limits. */
  conformance: {
    standard: string;
    criteria: { id: string; name: string; level: string; methods: string[] }[];
    limits: ManifestText[];
  } | null;
  example: { story: string; html: string } | null;
}

export interface Manifest {
  manifestVersion: number;
  package: { name: string; version: string };
  language: { docs: string; code: string };
  guides: { title: string; id: string }[];
  components: ManifestComponent[];
}

export const MANIFEST_SPECIFIER = '@goteborgsstad/react/manifest.json';

/**
 * Finds the manifest file: an explicit path first, then `@goteborgsstad/react` as installed in
 * the working folder (the project), then the one installed beside this package.
 */
export function resolveManifestPath(options: { manifestPath?: string; cwd?: string } = {}): string {
  if (options.manifestPath) return path.resolve(options.cwd ?? process.cwd(), options.manifestPath);
  const bases = [path.join(options.cwd ?? process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve(MANIFEST_SPECIFIER);
    } catch {
      // Not installed there; try the next place.
    }
  }
  throw new Error(
    `gbg-mcp: cannot find ${MANIFEST_SPECIFIER}. Install @goteborgsstad/react in the project ` +
      '(npm install @goteborgsstad/react), run the server from that folder, or pass --manifest <path>.',
  );
}

/** Reads and checks a manifest file; a wrong file gets an error that says what is wrong. */
export function loadManifest(file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`gbg-mcp: cannot read the manifest ${file}: ${(error as Error).message}`);
  }
  const manifest = data as Partial<Manifest>;
  if (!manifest || manifest.manifestVersion !== 1 || !Array.isArray(manifest.components)) {
    throw new Error(
      `gbg-mcp: ${file} is not a component manifest of version 1 (expected ${MANIFEST_SPECIFIER} from @goteborgsstad/react).`,
    );
  }
  return manifest as Manifest;
}
