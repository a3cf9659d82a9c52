/**
 * Lists non-null assertions (`x!`) that the type checker makes redundant: the asserted expression's
 * type already excludes `null` and `undefined`. With `noUncheckedIndexedAccess` on, `a[i]!` on an
 * array or typed array is needed (the index may be out of range) and is kept; an assertion on a value
 * that can never be missing only hides what the reader should see. Exits 1 and lists file:line for
 * each redundant one; `--fix` removes them in place.
 * Run: `npx tsx scripts/check-non-null.ts [--fix]` (part of `npm run lint`).
 * Reference: the TypeScript compiler API (ts.createProgram, TypeChecker.getTypeAtLocation); the same
 * rule as typescript-eslint's `no-unnecessary-type-assertion` for non-null assertions.
 */
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
if (!configPath) throw new Error('tsconfig.json not found');
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();
const fix = process.argv.includes('--fix');

/** True when `t` may be null or undefined (or is any/unknown, where the assertion is a real claim). */
function mayBeMissing(t: ts.Type): boolean {
  const f = t.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return true;
  if (f & ts.TypeFlags.TypeParameter) return true; // a generic may be instantiated with undefined
  if (t.isUnion()) return t.types.some(mayBeMissing);
  return false;
}

const found: { file: string; line: number; start: number; end: number }[] = [];
for (const sf of program.getSourceFiles()) {
  if (sf.isDeclarationFile || !sf.fileName.startsWith(root) || sf.fileName.includes('node_modules')) continue;
  const visit = (node: ts.Node): void => {
    if (ts.isNonNullExpression(node)) {
      const inner = checker.getTypeAtLocation(node.expression);
      // As an assignment target (`a[i]! += 1`) the checker reports the declared type: keep those.
      const p = node.parent;
      const isTarget =
        (ts.isBinaryExpression(p) &&
          p.left === node &&
          p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
        ((ts.isPostfixUnaryExpression(p) || ts.isPrefixUnaryExpression(p)) &&
          (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken));
      if (!isTarget && !mayBeMissing(inner)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({ file: sf.fileName, line: line + 1, start: node.expression.getEnd(), end: node.getEnd() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

if (fix) {
  const byFile = new Map<string, typeof found>();
  for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    let text = readFileSync(file, 'utf8');
    for (const f of list.sort((a, b) => b.start - a.start))
      if (text.slice(f.start, f.end) === '!') text = text.slice(0, f.start) + text.slice(f.end);
    writeFileSync(file, text);
  }
  console.log(`removed ${found.length} redundant non-null assertions in ${byFile.size} files`);
} else {
  for (const f of found)
    console.log(`${relative(root, f.file)}:${f.line}: redundant non-null assertion (the value cannot be null or undefined)`);
  console.log(
    found.length === 0
      ? 'no redundant non-null assertions'
      : `${found.length} redundant non-null assertions (npx tsx scripts/check-non-null.ts --fix removes them)`,
  );
  process.exitCode = found.length === 0 ? 0 : 1;
}
