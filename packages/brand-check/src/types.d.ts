declare module 'postcss-less' {
  import type { Parser, Root, Stringifier } from 'postcss';
  const syntax: { parse: Parser<Root>; stringify: Stringifier };
  export default syntax;
}

declare module 'sugarss' {
  import type { Parser, Root } from 'postcss';
  const sugarss: { parse: Parser<Root> };
  export default sugarss;
}
