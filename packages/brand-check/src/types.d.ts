declare module 'postcss-less' {
  import type { Parser, Root, Stringifier } from 'postcss';
  const syntax: { parse: Parser<Root>; stringify: Stringifier };
  export default syntax;
}
