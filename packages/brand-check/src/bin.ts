#!/usr/bin/env node
// Loaded dynamically so that a broken installation (e.g. @goteborgsstad/tokens missing or not
// built) exits 2 with a message instead of a stack trace and exit 1, which means "errors found".
try {
  const { main } = await import('./cli.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
} catch (error) {
  process.stderr.write(`gbg-brand: cannot start: ${(error as Error).message}\nReinstall @goteborgsstad/brand-check and @goteborgsstad/tokens.\n`);
  process.exitCode = 2;
}
