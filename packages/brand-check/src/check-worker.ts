/**
 * The worker thread of an isolated `check` run: checks files in order and posts each file's
 * findings (in chunks, so one file with a million findings is never one huge message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { brandFor, checkFile, displayPath } from './check.js';
import type { BrandCheckConfig } from './config.js';

const CHUNK = 10_000;
const { files, cwd, config } = workerData as { files: string[]; cwd: string; config: BrandCheckConfig };
const port = parentPort!;
const brand = brandFor(config);
port.postMessage({ ready: true });
for (let i = 0; i < files.length; i++) {
  const findings = checkFile(files[i]!, displayPath(files[i]!, cwd), config, brand);
  if (findings.length <= CHUNK) port.postMessage({ i, findings, done: true });
  else for (let j = 0; j < findings.length; j += CHUNK) port.postMessage({ i, findings: findings.slice(j, j + CHUNK), done: j + CHUNK >= findings.length });
}
