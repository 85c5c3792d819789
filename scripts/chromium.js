// The one place that knows where the browser lives. GBG_CHROMIUM_PATH overrides the default,
// which is Debian's `chromium` package.
export const chromiumPath = process.env.GBG_CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a headless run on a closed network (no sandbox as root, no background traffic). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
