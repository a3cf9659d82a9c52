/**
 * Formula scorers: `formula:<mathjs expression>` over named per-agent features, so a teacher can
 * change weights without code, e.g. `formula:10*log10(1 + followers) + 5*amplification`.
 *
 *   text ─▶ mathjs parse (syntax error → position) ─▶ tree walk: only numbers, features, pure math
 *        ─▶ flatten + - and * chains (n-ary, same values) ─▶ depth ≤ MAX_DEPTH ─▶ compile once ─▶ evaluate per agent with one reused scope ─▶ finite check ─▶ Float64Array
 *
 * Sandbox: the expression is evaluated by a private mathjs instance whose `import`, `createUnit`,
 * `evaluate`, `parse`, `simplify`, `derivative`, `resolve` and `compile` throw, and before that
 * the parsed tree is walked: any symbol that is not a feature, a constant or an allowed pure
 * function, any assignment, function definition, accessor, object, matrix, range or block is
 * rejected. An expression can therefore reach nothing but the features and arithmetic. The walk
 * uses an explicit stack, so a formula of any length is checked (no recursion depth limit).
 * Reference: mathjs documentation, "Security" (expression parser hardening).
 */
import { createRequire } from 'node:module';
import type { MathJsInstance, MathNode } from 'mathjs';
import { ParameterError } from '../errors.js';
import type { Observation } from '../model/observation.js';
import { computeFeatures, FEATURE_NAMES } from './features.js';
import type { Scorer } from './scorer.js';

/** A formula could not be parsed, uses something it may not, or gives a non-finite score. */
export class FormulaError extends ParameterError {
  constructor(
    readonly expression: string,
    readonly detail: string,
    /** 0-based character position in the expression, when known. */
    readonly position: number | null = null,
  ) {
    super('formula', expression, 'a mathjs expression over the features (see goodhart scorers)');
    const shown =
      expression.length > 200 ? `${expression.slice(0, 120)}…(${expression.length} characters)…${expression.slice(-40)}` : expression;
    this.message = `invalid formula ${JSON.stringify(shown)}: ${detail}`;
  }
}

/** Pure math functions a formula may call. */
export const FORMULA_FUNCTIONS: readonly string[] = [
  'abs',
  'sqrt',
  'cbrt',
  'square',
  'cube',
  'exp',
  'expm1',
  'log',
  'log10',
  'log2',
  'log1p',
  'pow',
  'nthRoot',
  'min',
  'max',
  'floor',
  'ceil',
  'round',
  'fix',
  'sign',
  'mod',
  'hypot',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
];
/** Named constants a formula may use. */
export const FORMULA_CONSTANTS: readonly string[] = ['pi', 'e', 'tau'];
const OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'factorial',
  'larger',
  'smaller',
  'largerEq',
  'smallerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
  'xor',
  'dotMultiply',
  'dotDivide',
  'dotPow',
]);

let sandbox: { m: MathJsInstance; parse: MathJsInstance['parse'] } | undefined;
/**
 * The private, hardened mathjs instance, created on first use: mathjs takes seconds to load, so
 * commands that never see a formula never pay for it.
 */
function math(): { m: MathJsInstance; parse: MathJsInstance['parse'] } {
  if (sandbox) return sandbox;
  const { all, create } = createRequire(import.meta.url)('mathjs') as typeof import('mathjs');
  const m = create(all!, { predictable: true });
  const disabled = (name: string) => () => {
    throw new Error(`function ${name} is disabled in formulas`);
  };
  const parse = m.parse;
  m.import(
    Object.fromEntries(
      ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile', 'reviver', 'replacer'].map((n) => [
        n,
        disabled(n),
      ]),
    ),
    { override: true },
  );
  sandbox = { m, parse };
  return sandbox;
}
const parse = (expr: string): MathNode => math().parse(expr);

/** A checked, compiled formula: the features it reads and a per-agent evaluator. */
export interface CompiledFormula {
  readonly expression: string;
  /** Features the expression reads (no duplicates, in order of first use). */
  readonly features: readonly string[];
  /** Evaluate for every agent: one finite score per agent. */
  evaluate(obs: Observation): Float64Array;
}

/** Parse, check and compile a formula. Throws {@link FormulaError} naming the symbol or position. */
export function compileFormula(expression: string): CompiledFormula {
  if (expression.trim() === '') throw new FormulaError(expression, 'empty expression');
  let root: MathNode;
  try {
    root = parse(expression);
  } catch (e) {
    if (e instanceof RangeError)
      throw new FormulaError(expression, `nests too deep to parse (at most ${MAX_DEPTH} levels of parentheses or function calls)`);
    const pos = typeof (e as { char?: unknown }).char === 'number' ? (e as { char: number }).char : null;
    const msg = (e as Error).message.replace(/ \(char \d+\)$/, '');
    throw new FormulaError(expression, `syntax error at char ${pos ?? '?'}: ${msg}`, pos);
  }
  const features: string[] = [];
  walk(root, (node, path, parent) => checkNode(expression, node, path, parent, features));
  flattenChains(root);
  const depth = treeDepth(root);
  if (depth > MAX_DEPTH)
    throw new FormulaError(expression, `nests ${depth} levels deep after flattening sums and products (at most ${MAX_DEPTH})`);
  const code = root.compile();
  const scope = new Map<string, number>();
  return {
    expression,
    features,
    evaluate(obs: Observation): Float64Array {
      const values = computeFeatures(obs, features);
      const cols = features.map((f) => values.get(f)!);
      const out = new Float64Array(obs.n);
      for (let i = 0; i < obs.n; i++) {
        for (let j = 0; j < features.length; j++) scope.set(features[j]!, cols[j]![i]!);
        const r: unknown = code.evaluate(scope);
        const x = typeof r === 'boolean' ? Number(r) : r;
        if (typeof x !== 'number' || !Number.isFinite(x)) {
          const at = features.map((f, j) => `${f}=${cols[j]![i]}`).join(', ');
          throw new FormulaError(
            expression,
            `gives ${String(r)} for agent ${i}${at ? ` (${at})` : ''}; guard logs and divisions, e.g. log10(1 + x), x / (1 + y)`,
          );
        }
        out[i] = x;
      }
      return out;
    },
  };
}

/** Make a scorer `formula:<expression>` (family `formula`). Throws FormulaError at once if the formula is bad. */
export function formulaScorer(expression: string): Scorer {
  const f = compileFormula(expression);
  return {
    id: `formula:${expression}`,
    family: 'formula',
    version: 'v1',
    description: `formula over features: ${expression}`,
    source: 'user formula (mathjs expression)',
    score: (obs: Observation) => f.evaluate(obs),
  };
}

/** Deepest expression tree compileFormula accepts (mathjs compiles and evaluates recursively). */
export const MAX_DEPTH = 1000;

/** Visit every node, parents before children, with an explicit stack: no recursion depth limit. */
function walk(root: MathNode, visit: (node: MathNode, path: string, parent: MathNode | null) => void): void {
  const stack: [MathNode, string, MathNode | null][] = [[root, '', null]];
  while (stack.length > 0) {
    const [node, path, parent] = stack.pop()!;
    visit(node, path, parent);
    const children: [MathNode, string, MathNode | null][] = [];
    node.forEach((child: MathNode, childPath: string) => void children.push([child, childPath, node]));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

type Op = { fn: string; op: string; args: MathNode[]; type: string };
const isOp = (n: MathNode, fns: readonly string[]): n is MathNode & Op =>
  n.type === 'OperatorNode' && fns.includes((n as unknown as Op).fn) && (n as unknown as Op).args.length === 2;

/**
 * Turn left-nested chains `a + b - c + …` into one n-ary add(a, b, -c, …) and `a * b * …` into one
 * n-ary multiply, in place, so a long flat formula compiles to a shallow tree. Values are
 * unchanged: mathjs reduces n-ary add and multiply left to right, as the chain did, and x - y is
 * x + (-y) exactly in IEEE 754 arithmetic. Iterative.
 */
function flattenChains(root: MathNode): void {
  const { m } = math();
  const stack: MathNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const [fns, fn, op] of [
      [['add', 'subtract'], 'add', '+'],
      [['multiply'], 'multiply', '*'],
    ] as const) {
      if (!isOp(node, fns)) continue;
      const rights: MathNode[] = [];
      let cur: MathNode = node;
      while (isOp(cur, fns)) {
        const right = cur.args[1]!;
        rights.push(cur.fn === 'subtract' ? (new m.OperatorNode('-', 'unaryMinus', [right]) as unknown as MathNode) : right);
        cur = cur.args[0]!;
      }
      if (rights.length < 2 && (node as unknown as Op).fn === fn) break;
      const n = node as unknown as Op;
      n.args = [cur, ...rights.reverse()];
      n.fn = fn;
      n.op = op;
      break;
    }
    node.forEach((child: MathNode) => void stack.push(child));
  }
}

/** Height of the tree (a lone node: 1), computed with an explicit stack. */
function treeDepth(root: MathNode): number {
  let max = 0;
  const stack: [MathNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    node.forEach((child: MathNode) => void stack.push([child, d + 1]));
  }
  return max;
}

function checkNode(expr: string, node: MathNode, path: string, parent: MathNode | null, features: string[]): void {
  switch (node.type) {
    case 'ConstantNode': {
      const v = (node as unknown as { value: unknown }).value;
      if (typeof v !== 'number' && typeof v !== 'boolean')
        throw new FormulaError(expr, `only numbers are allowed as constants, found ${JSON.stringify(v)}`, findPos(expr, JSON.stringify(v)));
      return;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (parent?.type === 'FunctionNode' && path === 'fn') {
        if (!FORMULA_FUNCTIONS.includes(name))
          throw new FormulaError(
            expr,
            `unknown function ${JSON.stringify(name)} at char ${findPos(expr, name) ?? '?'} (allowed functions: ${FORMULA_FUNCTIONS.join(', ')})`,
            findPos(expr, name),
          );
        return;
      }
      if (FEATURE_NAMES.includes(name)) {
        if (!features.includes(name)) features.push(name);
        return;
      }
      if (FORMULA_CONSTANTS.includes(name)) return;
      throw new FormulaError(
        expr,
        `unknown symbol ${JSON.stringify(name)} at char ${findPos(expr, name) ?? '?'} (allowed features: ${FEATURE_NAMES.join(', ')}; constants: ${FORMULA_CONSTANTS.join(', ')})`,
        findPos(expr, name),
      );
    }
    case 'FunctionNode': {
      const fn = (node as unknown as { fn: MathNode }).fn;
      if (fn.type !== 'SymbolNode') throw new FormulaError(expr, 'only named functions may be called');
      return;
    }
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string };
      if (!OPERATORS.has(op.fn)) throw new FormulaError(expr, `operator ${JSON.stringify(op.op)} is not allowed`, findPos(expr, op.op));
      return;
    }
    case 'ParenthesisNode':
    case 'ConditionalNode':
      return;
    default:
      throw new FormulaError(expr, `${describeNode(node.type)} is not allowed (only arithmetic over features and pure functions)`);
  }
}

function describeNode(type: string): string {
  const names: Record<string, string> = {
    AssignmentNode: 'assignment',
    FunctionAssignmentNode: 'a function definition',
    AccessorNode: 'property or index access',
    IndexNode: 'indexing',
    ObjectNode: 'an object literal',
    ArrayNode: 'a matrix literal',
    RangeNode: 'a range',
    BlockNode: 'several statements',
    RelationalNode: 'a chained comparison',
  };
  return names[type] ?? type;
}

/** 0-based position of `token` as a whole word in `expr`, or null. */
function findPos(expr: string, token: string): number | null {
  const re = new RegExp(`(^|[^A-Za-z0-9_])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
  const m = re.exec(expr);
  return m ? m.index + m[1]!.length : null;
}
