// tsc keeps the shebang but not the executable bit; the bin must be runnable from a checkout too.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/bin.js', import.meta.url), 0o755);
