// Browser side of the benchmark: mounts each page many times and records the time from
// render() to a laid-out page (flushSync + a forced layout read), or without the layout read.
import '@goteborgsstad/tokens/tokens.css';
import './plain.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { GbgFormPage, GbgSmallPage, PlainFormPage, PlainSmallPage } from './pages.jsx';

function mountOnce(Page, layout = true) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(<Page />));
  if (layout) void container.offsetHeight;
  const time = performance.now() - start;
  root.unmount();
  container.remove();
  return time;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pairs = {
  form: { gbg: GbgFormPage, plain: PlainFormPage },
  small: { gbg: GbgSmallPage, plain: PlainSmallPage },
};

/** Elements one mount of a page adds to the document. */
window.countElements = (pair) =>
  Object.fromEntries(
    Object.entries(pairs[pair]).map(([name, Page]) => {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      flushSync(() => root.render(<Page />));
      const count = container.querySelectorAll('*').length;
      root.unmount();
      container.remove();
      return [name, count];
    }),
  );

window.runBenchmark = (warmup, rounds, pair = 'form', layout = true) => {
  const pages = pairs[pair];
  const times = { gbg: [], plain: [] };
  for (let i = 0; i < warmup; i += 1) for (const Page of Object.values(pages)) mountOnce(Page);
  // Alternate the pages so drift in machine load hits both alike.
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, Page] of Object.entries(pages)) times[name].push(mountOnce(Page, layout));
  }
  // The median of each round's own ratio: a burst of machine load inside one round cancels out
  // instead of landing on one page's median.
  const ratios = times.gbg.map((time, i) => time / times.plain[i]);
  return { gbg: median(times.gbg), plain: median(times.plain), ratio: median(ratios) };
};
