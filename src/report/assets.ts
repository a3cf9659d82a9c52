/**
 * The browser bundles the report inlines: vega, vega-lite and vega-embed `build/*.min.js` from the
 * installed packages. Their `exports` maps hide `build/`, so we resolve each package's entry and
 * walk up to the directory whose package.json carries the package's name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Packages and their minified UMD bundles, in load order (vega-embed needs the other two as globals). */
export const BROWSER_BUNDLES = [
  { pkg: 'vega', file: 'build/vega.min.js' },
  { pkg: 'vega-lite', file: 'build/vega-lite.min.js' },
  { pkg: 'vega-embed', file: 'build/vega-embed.min.js' },
] as const;

/** Root directory of an installed package (the folder holding its package.json). */
export function packageRoot(pkg: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(pkg));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the package root of ${pkg}`);
    dir = up;
  }
}

/** An inlined bundle: its package, version and source text. */
export interface Bundle {
  readonly pkg: string;
  readonly version: string;
  readonly source: string;
}

let cache: Bundle[] | null = null;

/** The three bundles' sources (read once per process). */
export function browserBundles(): readonly Bundle[] {
  if (cache) return cache;
  cache = BROWSER_BUNDLES.map(({ pkg, file }) => {
    const root = packageRoot(pkg);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    return { pkg, version, source: readFileSync(join(root, file), 'utf8') };
  });
  return cache;
}
