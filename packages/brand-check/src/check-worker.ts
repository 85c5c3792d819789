/**
 * The worker thread of an isolated `check` run: checks files in order and posts each file's
 * findings (in chunks, so one file with a million findings is never one huge message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { brandFor, checkFile, displayPath } from './check.js';
import type { BrandCheckConfig } from './config.js';

const CHUNK = 10_000;
const { files, cwd, config, ack } = workerData as { files: string[]; cwd: string; config: BrandCheckConfig; ack: SharedArrayBuffer };
// Back-pressure for files with many findings: one chunk in flight, the next posted only when the
// main thread has written the last one — otherwise queued copies of a million findings pile up.
const acked = new Int32Array(ack);
function postAndWait(message: object): void {
  Atomics.store(acked, 0, 0);
  port.postMessage({ ...message, ack: true });
  Atomics.wait(acked, 0, 0);
}
const port = parentPort!;
const brand = brandFor(config);
port.postMessage({ ready: true });
for (let i = 0; i < files.length; i++) {
  const findings = checkFile(files[i]!, displayPath(files[i]!, cwd), config, brand);
  if (findings.length <= CHUNK) port.postMessage({ i, findings, done: true });
  else {
    for (let j = 0; j + CHUNK < findings.length; j += CHUNK) postAndWait({ i, findings: findings.slice(j, j + CHUNK), done: false });
    const last = findings.length - (findings.length % CHUNK || CHUNK);
    port.postMessage({ i, findings: findings.slice(last), done: true });
  }
}
