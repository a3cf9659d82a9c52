/**
 * Import a user's module (a scorer file) by absolute path. A TypeScript file (`.ts`, `.mts`,
 * `.cts`) needs a TypeScript loader: run from the sources (tsx, vitest) one is already active;
 * run from the built package (plain node) we register tsx's loader in this thread on first use.
 * So tsx stays a runtime dependency only for user TypeScript files; `.js`/`.mjs` need nothing.
 */
import { pathToFileURL } from 'node:url';

/** True when this module itself runs as TypeScript, so a TypeScript loader is already active. */
const RUNNING_FROM_SOURCE = /\.[cm]?ts$/.test(new URL(import.meta.url).pathname);

let registered: Promise<void> | undefined;

/** Import the module at absolute path `abs`, registering tsx first when it is TypeScript and no loader is active. */
export async function importUserModule(abs: string): Promise<Record<string, unknown>> {
  if (/\.[cm]?ts$/.test(abs) && !RUNNING_FROM_SOURCE) {
    registered ??= import('tsx/esm/api').then(({ register }) => {
      register();
    });
    await registered;
  }
  return (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
}
