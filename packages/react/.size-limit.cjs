// Size budgets for @goteborgsstad/react, measured on the BUILT library (dist/) the way an app
// bundles it: `import { Button } from '<dist/index.js>'` through the package entry, with React
// as an external peer (size-limit reads peerDependencies). JS and CSS are budgeted
// separately: each check keeps only its own kind of output file from the esbuild bundle.
// (size-limit subtracts the ~46 B of an empty esbuild project from every gzip figure.)
// Run with `pnpm --filter @goteborgsstad/react size` after `pnpm build`.

const path = require('node:path');

// esbuild (size-limit's bundler) puts the CSS of every module in the import graph into the CSS
// bundle, even of modules it tree-shakes away from the JS; Vite/Rollup and webpack do not. To
// measure what an app really ships, the CSS check first bundles the JS alone, then keeps only
// CSS imported by modules that survived that tree-shaking.
/** @type {import('esbuild').Plugin} */
const treeShakeCss = {
  name: 'gbg-tree-shake-css',
  async setup(build) {
    const { plugins: _plugins, ...options } = build.initialOptions;
    const cwd = options.absWorkingDir ?? process.cwd();
    const first = await build.esbuild.build({ ...options, write: false, metafile: true, loader: { '.css': 'empty' } });
    const live = new Set();
    for (const output of Object.values(first.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput > 0) live.add(path.resolve(cwd, input));
      }
    }
    build.onResolve({ filter: /\.css$/ }, (args) =>
      args.kind === 'import-statement' && !live.has(args.importer) ? { path: args.path, namespace: 'gbg-unused-css' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'gbg-unused-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

/** Keeps only the output files of one kind, so JS and CSS get separate budgets. */
/** @param {'.js' | '.css'} keep */
const only = (keep) => (/** @type {import('esbuild').BuildOptions} */ config) => ({
  ...config,
  // What an app's production build ships: bundlers replace NODE_ENV, so development-only
  // warnings (`if (process.env.NODE_ENV !== 'production')`) and their texts drop out.
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  plugins: [
    ...(config.plugins ?? []),
    ...(keep === '.css' ? [treeShakeCss] : []),
    {
      name: `gbg-size-only${keep}`,
      setup(build) {
        build.onEnd((result) => {
          for (const file of Object.keys(result.metafile?.outputs ?? {})) {
            if (!file.endsWith(keep)) delete result.metafile.outputs[file];
          }
        });
      },
    },
  ],
});

const FORM_PAGE = '{ Button, TextField, Checkbox, RadioGroup, Select, ErrorSummary, Field }';
const PAGE_TEMPLATE =
  '{ SkipLink, Header, LanguageSwitcher, SearchField, Container, Stack, Heading, Text, Link, Breadcrumbs, CheckboxGroup, Checkbox, Button, Pagination, Footer }';

/** @param {string} name @param {string} imports @param {string} js @param {string} css */
const budget = (name, imports, js, css) => [
  { name: `${name}: JS`, path: 'dist/index.js', import: imports, limit: js, gzip: true, modifyEsbuildConfig: only('.js') },
  { name: `${name}: CSS`, path: 'dist/index.js', import: imports, limit: css, gzip: true, modifyEsbuildConfig: only('.css') },
];

module.exports = [
  ...budget('Button', '{ Button }', '2 KiB', '2 KiB'),
  // Page frame (issue 8): Header ≤ 6 KiB JS + 4 KiB CSS; Footer measured alone too.
  ...budget('Header', '{ Header }', '6 KiB', '4 KiB'),
  ...budget('Footer', '{ Footer }', '5 KiB', '2 KiB'),
  ...budget('LanguageSwitcher', '{ LanguageSwitcher }', '4 KiB', '1 KiB'),
  // Measured 2026-11-29 (production build): Breadcrumbs 2.34/0.61 kB, BackLink 2.05/0.51,
  // Pagination 3.30/0.83 (announcer and controlled state included), TableOfContents 1.85/0.58
  // (JS/CSS, gzipped).
  ...budget('Breadcrumbs', '{ Breadcrumbs }', '2.5 KiB', '1 KiB'),
  ...budget('BackLink', '{ BackLink }', '2.25 KiB', '1 KiB'),
  ...budget('Pagination', '{ Pagination }', '3.5 KiB', '1 KiB'),
  ...budget('TableOfContents', '{ TableOfContents }', '2 KiB', '1 KiB'),
  // Tabs 1.23/0.69, TabNav 1.25/0.69 (JS/CSS, gzipped; TabNav's JS is mostly NavAnchor).
  ...budget('Tabs', '{ Tabs }', '1.5 KiB', '1 KiB'),
  ...budget('TabNav', '{ TabNav }', '1.5 KiB', '1 KiB'),
  // SideNavigation 3.04/1.07 kB (JS/CSS, gzipped; NavAnchor, controlled state and the chevron icon included).
  ...budget('SideNavigation', '{ SideNavigation }', '3.25 KiB', '1.25 KiB'),
  // Alert 2.57/0.84 kB (JS/CSS, gzipped; five icons and the announcer included).
  ...budget('Alert', '{ Alert }', '2.75 KiB', '1 KiB'),
  // Spinner 1.20/0.61 kB (JS/CSS, gzipped; announcer included).
  ...budget('Spinner', '{ Spinner }', '1.5 KiB', '1 KiB'),
  // Dialog JS/CSS 2.66/0.93 kB (2026-11-29; modal mechanism in useModal, shared with DatePicker) (gzipped; close icon included). Issue 9: Dialog ≤ 3 KiB JS.
  ...budget('Dialog', '{ Dialog }', '3 KiB', '1 KiB'),
  // ConfirmDialog 4.62/1.67 kB (2026-11-29) (gzipped; Dialog, Button, error icon and the announcer included).
  ...budget('ConfirmDialog', '{ ConfirmDialog }', '5 KiB', '2 KiB'),
  // DatePicker 6.09/2.57 kB (JS/CSS, gzipped, 2026-11-29; was 7.95 JS): issue 10's ≤ 6 KiB JS, met.
  // The calendar uses Dialog's useModal (not the Dialog component) and no date library; its icons
  // and the field error's are stylesheet masks, so no icon factory in its JS.
  ...budget('DatePicker', '{ DatePicker }', '6 KiB', '2.75 KiB'),
  // Popover 2.92/0.85 kB, Tooltip 1.53/0.42 kB, both together 3.86/0.97 kB (JS/CSS, gzipped;
  // Popover with its close icon and the common strings; placement is CSS anchor positioning, no
  // positioning library — @floating-ui/dom alone would be 6.4 kB) (measured 2026-11-29).
  ...budget('Popover', '{ Popover }', '3.25 KiB', '1 KiB'),
  // Tooltip with open/defaultOpen/onOpenChange (shared controllable state): 1.63/0.42 kB (measured 2026-11-29).
  ...budget('Tooltip', '{ Tooltip }', '1.75 KiB', '0.5 KiB'),
  // Tag + TagList 2.30/0.67 kB (JS/CSS, gzipped; close icon and announcer included).
  ...budget('Tag', '{ Tag, TagList }', '2.5 KiB', '1 KiB'),
  // StatusBadge 1.90/0.49 kB (JS/CSS, gzipped; five status icons included).
  ...budget('StatusBadge', '{ StatusBadge }', '2 KiB', '1 KiB'),
  // ProgressBar 1.02/0.77 kB; Skeleton alone 0.40/0.52 kB (no hooks: server-renderable), with
  // SkeletonRegion 1.39/0.52 kB (announcer included) (JS/CSS, gzipped).
  ...budget('ProgressBar', '{ ProgressBar }', '1.25 KiB', '1 KiB'),
  ...budget('Skeleton', '{ Skeleton }', '0.5 KiB', '0.75 KiB'),
  ...budget('Skeleton + SkeletonRegion', '{ Skeleton, SkeletonRegion }', '1.5 KiB', '0.75 KiB'),
  // ServiceStatus 3.16/0.96 kB (JS/CSS, gzipped; Alert with its icons and the announcer included).
  ...budget('ServiceStatus', '{ ServiceStatus }', '3.5 KiB', '1.25 KiB'),
  ...budget('Blockquote', '{ Blockquote }', '1 KiB', '0.75 KiB'),
  ...budget('Figure', '{ Figure }', '1 KiB', '0.75 KiB'),
  // Measured 2026-11-29 (JS/CSS, gzipped): Card 0.37/0.47 kB; LinkCard 1.98/0.69 kB (Card and
  // the shared NavAnchor with its strings included); DescriptionList with its item 0.45/0.42 kB.
  ...budget('Card', '{ Card }', '0.5 KiB', '0.75 KiB'),
  ...budget('LinkCard', '{ LinkCard }', '2.25 KiB', '1 KiB'),
  ...budget('DescriptionList', '{ DescriptionList, DescriptionListItem }', '0.75 KiB', '0.75 KiB'),
  // FactBox 0.45/0.35 kB; ContactCard 3.69/0.40 kB (JS/CSS, gzipped; four icons, the link
  // mechanism, the phone formatting and the Intl opening hours included) (measured 2026-11-29).
  ...budget('FactBox', '{ FactBox }', '0.75 KiB', '0.5 KiB'),
  ...budget('ContactCard', '{ ContactCard }', '4 KiB', '0.75 KiB'),
  // Grid with GridItem 1.14/0.60 kB (JS/CSS, gzipped; layouts and spans are CSS, the JS is
  // mostly the development warnings' checks and the spacing scale).
  ...budget('Grid', '{ Grid, GridItem }', '1.25 KiB', '1 KiB'),
  // Details 1.01/0.88 kB (JS/CSS, gzipped; the chevron is a CSS mask of the icon set's drawing).
  // Accordion + AccordionItem 3.40/1.74 kB with Details and the "Visa alla" Button (about 2 kB of
  // the JS and 0.8 kB of the CSS are Button's) (measured 2026-11-29).
  ...budget('Details', '{ Details }', '1.25 KiB', '1 KiB'),
  ...budget('Accordion', '{ Accordion, AccordionItem }', '3.5 KiB', '2 KiB'),
  // Combobox 5.04/1.88 kB (JS/CSS, gzipped, measured 2026-11-29; issue 10's 5 KiB): was 5.64 kB
  // before the shared pieces dropped their development texts in production and slimmed down.
  ...budget('Combobox', '{ Combobox }', '5 KiB', '2 KiB'),
  // E-service flow (issue 10), measured 2026-11-29 (JS/CSS, gzipped): StepIndicator 1.71/1.01 kB;
  // CheckAnswers 1.41/0.63 kB; Receipt 1.87/0.70 kB (Heading and the success icon included); SignInButton
  // 2.86/1.10 kB (it is Button); SessionTimeout 5.30/1.67 kB (the shared Dialog and Button included).
  ...budget('StepIndicator', '{ StepIndicator }', '2 KiB', '1.25 KiB'),
  ...budget('CheckAnswers', '{ CheckAnswers }', '1.75 KiB', '0.75 KiB'),
  ...budget('Receipt', '{ Receipt }', '2 KiB', '0.75 KiB'),
  ...budget('SignInButton', '{ SignInButton }', '3 KiB', '1.25 KiB'),
  ...budget('SessionTimeout', '{ SessionTimeout }', '5.5 KiB', '1.75 KiB'),
  ...budget('Form page (Button, TextField, Checkbox, RadioGroup, Select, ErrorSummary, Field)', FORM_PAGE, '12 KiB', '8 KiB'),
  // Issue 10 identity fields: each is TextField + its pure parser. Measured 2026-11-29 (JS/CSS,
  // gzipped): OrganisationsnummerField 4.93/1.31 kB, PhoneField 4.22/1.31, PostalCodeField
  // 3.44/1.31, PasswordInput 2.81/1.31. The field error's icon is a stylesheet mask since then:
  // about -0.5 kB JS and +0.2 kB CSS for each field.
  ...budget('OrganisationsnummerField', '{ OrganisationsnummerField }', '5.25 KiB', '1.5 KiB'),
  // DateInput 4.47/1.64 kB, TimeInput 3.70/1.64 kB (JS/CSS, gzipped, measured 2026-11-29; Fieldset,
  // field parts, both languages' part labels and messages, the parser included).
  // The pure date functions alone 2.01 kB JS (both languages' messages are most of it), no CSS.
  ...budget('DateInput', '{ DateInput }', '4.75 KiB', '1.75 KiB'),
  ...budget('TimeInput', '{ TimeInput }', '4 KiB', '1.75 KiB'),
  ...budget('date functions', '{ parseDateParts, parseIsoDate, formatIsoDate, formatDate, parseTime }', '2.25 KiB', '0.1 KiB'),
  // FileUpload 6.34/1.88 kB (JS/CSS, gzipped, 2026-11-29; Field, ProgressBar, its file icons, the announcer and the
  // checks included); the pure checks alone 1.46 kB JS, no CSS (server use).
  ...budget('FileUpload', '{ FileUpload }', '6.75 KiB', '2 KiB'),
  ...budget('file checks', '{ checkFiles, formatFileSize }', '1.75 KiB', '0.1 KiB'),
  ...budget('PhoneField', '{ PhoneField }', '4.5 KiB', '1.5 KiB'),
  ...budget('PostalCodeField', '{ PostalCodeField }', '3.75 KiB', '1.5 KiB'),
  ...budget('PasswordInput', '{ PasswordInput }', '3 KiB', '1.5 KiB'),
  // Measured 2026-11-29 (JS/CSS, gzipped): ProcessSteps 0.84/0.68 kB; TaskList 1.88/0.84 kB (the
  // link mechanism included); Timeline 2.89/0.83 kB (StatusBadge with its five icons and Intl dates).
  ...budget('ProcessSteps', '{ ProcessSteps }', '1 KiB', '0.75 KiB'),
  ...budget('TaskList', '{ TaskList }', '2.25 KiB', '1 KiB'),
  ...budget('Timeline', '{ Timeline }', '3.25 KiB', '1 KiB'),
  // A full page template (Mönster/Mallar/Listsida: frame, breadcrumbs, filters, pagination).
  // Measured 2026-11-29: 13.89 kB JS, 5.61 kB CSS (gzipped, production build).
  ...budget('Page template (Listsida)', PAGE_TEMPLATE, '15 KiB', '6 KiB'),
  // Table with its parts and sortTableRows 2.75/1.24 kB (JS/CSS, gzipped; the three sort icons
  // are CSS masks of the icon set's drawings, most of the CSS) (measured 2026-11-29).
  ...budget('Table', '{ Table, TableHead, TableBody, TableFoot, TableRow, TableHeaderCell, TableCell, sortTableRows }', '4 KiB', '1.5 KiB'),
];
