/**
 * Built-ins a user scorer must leave alone. A scorer runs in the same thread as the code that
 * ranks and measures its output, so by replacing `Math.min`, `Array.prototype.includes` or adding
 * `Float64Array.prototype.sort` it could change every other scorer's ranks or fake a gauntlet
 * verdict. The guard takes a snapshot of the own properties of the usual built-in objects and
 * prototypes (and of their global bindings) right before a piece of user code runs; after it,
 * anything changed, removed or added is put back as it was, and the change is reported. (A
 * library of ours that adds to a built-in while no user code runs, as a chart library may, is
 * not a change by the scorer.)
 * Not a sandbox (a scorer can still read files or the environment); a tamper check on what the
 * measurements themselves use.
 * Source: the "primordials" idea of Node.js core and SES's lockdown (Agoric), done as a check
 * instead of a freeze so that libraries loaded later keep working.
 */

/** Global names whose binding and own properties are guarded. */
const GLOBALS = [
  'Math',
  'JSON',
  'Reflect',
  'Object',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'Date',
  'RegExp',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'Atomics',
  'isNaN',
  'isFinite',
  'parseFloat',
  'parseInt',
] as const;

/** The built-ins' own properties at one moment (see {@link snapshotIntrinsics}). */
export interface IntrinsicsSnapshot {
  readonly names: Map<object, string>;
  readonly snap: Map<object, Map<PropertyKey, PropertyDescriptor>>;
}

/** The guarded objects: each global above, its prototype, and the shared typed-array constructor and prototype. */
function guardedObjects(): Map<string, object> {
  const g = globalThis as unknown as Record<string, unknown>;
  const out = new Map<string, object>([['globalThis', globalThis]]);
  for (const name of GLOBALS) {
    const v = g[name];
    if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
      out.set(name, v);
      const proto = (v as { prototype?: unknown }).prototype;
      if (typeof proto === 'object' && proto !== null) out.set(`${name}.prototype`, proto);
    }
  }
  const typedArray = Object.getPrototypeOf(Int8Array) as object;
  out.set('TypedArray', typedArray);
  out.set('TypedArray.prototype', (typedArray as { prototype: object }).prototype);
  out.set('Function.prototype', Function.prototype);
  return out;
}

function snapshotOf(objects: Map<string, object>): IntrinsicsSnapshot['snap'] {
  const snap: IntrinsicsSnapshot['snap'] = new Map();
  for (const [name, obj] of objects) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    const keys = name === 'globalThis' ? GLOBALS : Reflect.ownKeys(obj);
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(obj, k);
      if (d) props.set(k, d);
    }
    snap.set(obj, props);
  }
  return snap;
}

/** Snapshot the guarded built-ins (about a thousand property descriptors; well under a millisecond). */
export function snapshotIntrinsics(): IntrinsicsSnapshot {
  const objects = guardedObjects();
  return { names: new Map([...objects].map(([n, o]) => [o, n])), snap: snapshotOf(objects) };
}

function same(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;
}

/**
 * Compare the built-ins with `baseline`; put back whatever changed (and remove what was added)
 * and return the changed names, e.g. `Math.min`, `Float64Array.prototype.sort` (empty: untouched).
 */
export function restoreIntrinsics(baseline: IntrinsicsSnapshot): string[] {
  const changed: string[] = [];
  for (const [obj, props] of baseline.snap) {
    const name = baseline.names.get(obj)!;
    const keys = name === 'globalThis' ? [...props.keys()] : Reflect.ownKeys(obj);
    for (const k of keys) {
      const before = props.get(k);
      const now = Object.getOwnPropertyDescriptor(obj, k);
      if (before && now && same(before, now)) continue;
      if (!before && !now) continue;
      changed.push(`${name === 'globalThis' ? '' : `${name}.`}${String(k)}`);
      try {
        if (before) Object.defineProperty(obj, k, before);
        else Reflect.deleteProperty(obj, k);
      } catch {
        // a non-configurable property the scorer made: reported, cannot be undone
      }
    }
    if (name !== 'globalThis') {
      for (const k of props.keys()) {
        if (Object.getOwnPropertyDescriptor(obj, k) === undefined) {
          changed.push(`${name}.${String(k)}`);
          Object.defineProperty(obj, k, props.get(k)!);
        }
      }
    }
  }
  return [...new Set(changed)];
}
