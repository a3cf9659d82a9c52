/** The documents of this package, read from its root (the checkout, or the installed package: docs/*.md and README.md ship in it). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocReader } from './report.js';

/** The package root: two folders above this file (src/reproduce or dist/reproduce). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A reader of the package's documents by path relative to the root (each read once). */
export function packageDocs(root: string = PACKAGE_ROOT): DocReader {
  const cache = new Map<string, string>();
  return (doc) => {
    let t = cache.get(doc);
    if (t === undefined) {
      t = readFileSync(`${root}${doc}`, 'utf8');
      cache.set(doc, t);
    }
    return t;
  };
}
