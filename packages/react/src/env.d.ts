// `process.env.NODE_ENV` without Node's types: library code may read only this, so that app
// bundlers (Vite, webpack, Next.js) replace it and drop development-only code from production
// builds. The shapes match @types/node's, so both can be loaded together (tests, scripts). The
// components need a bundler anyway: each imports its own CSS.
declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: string;
  }
  interface Process {
    env: ProcessEnv;
  }
}
// eslint-disable-next-line no-var
declare var process: NodeJS.Process;
