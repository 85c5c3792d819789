/**
 * Isolated checking: files are checked in a worker thread with a time limit per file and a
 * memory limit, so no single input stops the run. A file that times out, runs out of memory or
 * crashes the worker becomes one `input` finding; a fresh worker goes on with the next file.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BrandCheckConfig } from './config.js';
import { MESSAGES } from './messages.js';
import { RULES, type Finding } from './model.js';

/** Heap limit of the worker: half the machine, at most 4 GiB. */
function heapLimitMb(): number {
  return Math.max(512, Math.min(4096, Math.floor(os.totalmem() / 2 / 1024 / 1024)));
}

export function runIsolated(
  url: URL,
  files: readonly string[],
  cwd: string,
  config: BrandCheckConfig,
  timeout: number,
  /** Called in file order, possibly several times for one file (its findings in chunks, in order). */
  emit: (index: number, findings: Finding[]) => void,
): Promise<void> {
  const m = MESSAGES[config.locale ?? 'sv'];
  const severity = config.rules?.input ?? RULES.input.severity;
  return new Promise((resolve, reject) => {
    let current = 0;
    let timer: NodeJS.Timeout | undefined;
    let worker: Worker | undefined;
    let ready = false;

    const stop = () => {
      clearTimeout(timer);
      if (worker) {
        worker.removeAllListeners();
        worker.on('error', () => {});
        void worker.terminate();
        worker = undefined;
      }
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(m.timeout(String(timeout / 1000))), timeout);
    };
    /** The current file could not be checked: one finding for it, then a new worker for the rest. */
    const fail = (message: string) => {
      stop();
      const abs = files[current]!;
      const name = path.relative(cwd, abs).split(path.sep).join('/') || path.basename(abs);
      emit(current, severity === 'off' ? [] : [{ rule: 'input', severity, file: name, line: 1, column: 1, message, value: '' }]);
      start(current + 1);
    };
    const start = (from: number) => {
      current = from;
      ready = false;
      if (from >= files.length) {
        resolve();
        return;
      }
      const ack = new SharedArrayBuffer(4);
      const acked = new Int32Array(ack);
      const w = new Worker(url, {
        workerData: { files: files.slice(from), cwd, config, ack },
        resourceLimits: { maxOldGenerationSizeMb: heapLimitMb() },
      });
      worker = w;
      w.on('message', (msg: { ready?: boolean; i: number; findings: Finding[]; done: boolean; ack?: boolean }) => {
        if (msg.ready) {
          ready = true;
          arm();
          return;
        }
        // Passed on chunk by chunk: a file with a million findings is never held whole here.
        if (msg.findings.length) emit(current, msg.findings);
        if (msg.ack) {
          // Written: let the worker post the next chunk. Progress, so the time limit starts over.
          arm();
          Atomics.store(acked, 0, 1);
          Atomics.notify(acked, 0);
        }
        if (!msg.done) return;
        current++;
        if (current >= files.length) {
          stop();
          resolve();
        } else arm();
      });
      w.on('error', (error: Error & { code?: string }) => {
        if (!ready) {
          stop();
          reject(error);
          return;
        }
        const limit = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || error instanceof RangeError;
        fail(limit ? m.resourceLimit(error.message) : m.internal(error.message));
      });
      w.on('exit', (code) => {
        if (worker !== w) return;
        if (!ready) {
          stop();
          reject(new Error(`the checker's worker stopped before it started (exit ${code})`));
          return;
        }
        fail(m.internal(`exit ${code}`));
      });
    };
    start(0);
  });
}
