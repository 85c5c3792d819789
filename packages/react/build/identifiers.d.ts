export declare const CLASS_PREFIX: 'gbg-';
export declare function classNameFor(debugId: string): string;
export type IdentifierArgs = {
  hash: string;
  debugId?: string;
  filePath: string;
  packageName?: string;
};
export declare function createIdentifiers(): (args: IdentifierArgs) => string;
export declare const gbgIdentifiers: (args: IdentifierArgs) => string;
