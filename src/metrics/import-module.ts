/**
 * Import a user's module (a scorer file) by absolute path: the one way user code is loaded, by
 * `score`, `gauntlet` and the gauntlet's workers. Where tsx is installed (a checkout, or an
 * installed package with its dependencies) the file goes through tsx's own loader (`tsImport`), so
 * a `.ts` file loads the same from any folder, with or without a package.json of type module, and a
 * `.js` file written as an ES module loads even where Node would read it as CommonJS. Without tsx
 * (a trimmed install) `.js`/`.mjs` files load with Node's own `import`, and a TypeScript file is an
 * error that says tsx is needed. So tsx is a runtime dependency only for user TypeScript files.
 */
import { pathToFileURL } from 'node:url';
import { InputFormatError } from '../errors.js';

type TsImport = (specifier: string, parent: string) => Promise<unknown>;
let loader: Promise<TsImport | null> | undefined;

/** tsx's `tsImport`, or null when tsx is not installed. */
function tsxLoader(): Promise<TsImport | null> {
  loader ??= import('tsx/esm/api').then(
    (m) => m.tsImport as TsImport,
    () => null,
  );
  return loader;
}

/** Import the module at absolute path `abs` (see the module doc for how). */
export async function importUserModule(abs: string): Promise<Record<string, unknown>> {
  const tsImport = await tsxLoader();
  if (tsImport) return (await tsImport(pathToFileURL(abs).href, import.meta.url)) as Record<string, unknown>;
  if (/\.[cm]?ts$/.test(abs))
    throw new InputFormatError(
      abs,
      null,
      'a TypeScript scorer file needs tsx (npm install tsx), which is not installed here; or compile it to .js',
    );
  return (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
}
