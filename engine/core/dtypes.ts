// JAX's dtypes and its type promotion lattice (jax/_src/dtypes.py), with x64 off as in JAX by default.

export const DTYPES = [
  "bool",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "bfloat16",
  "float16",
  "float32",
  "float64",
  "complex64",
  "complex128",
  // The extended dtype of typed PRNG keys (jax.random.key): one threefry key (two uint32 words) per element.
  "key<fry>",
] as const;

export type DType = (typeof DTYPES)[number];

/** "V": extended dtypes (PRNG keys), outside the promotion lattice. */
export type DTypeKind = "b" | "i" | "u" | "f" | "c" | "V";

export interface DTypeInfo {
  readonly kind: DTypeKind;
  readonly bits: number;
  /** JAX's short name, as printed in jaxpr types: f32, i32, bool, bf16. */
  readonly short: string;
}

const INFO: Record<DType, DTypeInfo> = {
  bool: { kind: "b", bits: 8, short: "bool" },
  int8: { kind: "i", bits: 8, short: "i8" },
  int16: { kind: "i", bits: 16, short: "i16" },
  int32: { kind: "i", bits: 32, short: "i32" },
  int64: { kind: "i", bits: 64, short: "i64" },
  uint8: { kind: "u", bits: 8, short: "u8" },
  uint16: { kind: "u", bits: 16, short: "u16" },
  uint32: { kind: "u", bits: 32, short: "u32" },
  uint64: { kind: "u", bits: 64, short: "u64" },
  bfloat16: { kind: "f", bits: 16, short: "bf16" },
  float16: { kind: "f", bits: 16, short: "f16" },
  float32: { kind: "f", bits: 32, short: "f32" },
  float64: { kind: "f", bits: 64, short: "f64" },
  complex64: { kind: "c", bits: 64, short: "c64" },
  complex128: { kind: "c", bits: 128, short: "c128" },
  "key<fry>": { kind: "V", bits: 64, short: "key<fry>" },
};

export function dtypeInfo(d: DType): DTypeInfo {
  return INFO[d];
}

export function isDType(name: string): name is DType {
  return Object.hasOwn(INFO, name);
}

export const isFloating = (d: DType): boolean => INFO[d].kind === "f";
export const isInteger = (d: DType): boolean => INFO[d].kind === "i" || INFO[d].kind === "u";
export const isUnsigned = (d: DType): boolean => INFO[d].kind === "u";
export const isBool = (d: DType): boolean => d === "bool";
export const isComplex = (d: DType): boolean => INFO[d].kind === "c";
export const isExtended = (d: DType): boolean => INFO[d].kind === "V";
export const isInexact = (d: DType): boolean => isFloating(d) || isComplex(d);

/** x64 off: 64-bit types become their 32-bit counterparts, as `dtypes.canonicalize_dtype` does. */
export function canonicalize(d: DType): DType {
  switch (d) {
    case "int64":
      return "int32";
    case "uint64":
      return "uint32";
    case "float64":
      return "float32";
    case "complex128":
      return "complex64";
    default:
      return d;
  }
}

export const DEFAULT_INT: DType = "int32";
export const DEFAULT_UINT: DType = "uint32";
export const DEFAULT_FLOAT: DType = "float32";
export const DEFAULT_COMPLEX: DType = "complex64";

export function defaultDTypeOfKind(kind: DTypeKind): DType {
  switch (kind) {
    case "b":
      return "bool";
    case "i":
      return DEFAULT_INT;
    case "u":
      return DEFAULT_UINT;
    case "f":
      return DEFAULT_FLOAT;
    case "c":
      return DEFAULT_COMPLEX;
    case "V":
      throw new Error("extended dtypes have no default dtype");
  }
}

// ---- the promotion lattice (standard mode, x64 off) ----

/** Lattice nodes: concrete dtypes plus the three weak Python types. */
type Node = DType | "i*" | "f*" | "c*";

const LATTICE: Record<Node, Node[]> = {
  bool: ["i*"],
  "i*": ["uint8", "int8"],
  uint8: ["int16", "uint16"],
  uint16: ["int32", "uint32"],
  // x64 off: JAX replaces u32 -> [i64, u64] with u32 -> [i32, u64].
  uint32: ["int32", "uint64"],
  uint64: ["f*"],
  int8: ["int16"],
  int16: ["int32"],
  int32: ["int64"],
  int64: ["f*"],
  "f*": ["bfloat16", "float16", "c*"],
  bfloat16: ["float32"],
  float16: ["float32"],
  float32: ["float64", "complex64"],
  float64: ["complex128"],
  "c*": ["complex64"],
  complex64: ["complex128"],
  complex128: [],
  "key<fry>": [],
};

const UPPER_BOUNDS: Map<Node, Set<Node>> = (() => {
  const ubs = new Map<Node, Set<Node>>();
  for (const n of Object.keys(LATTICE) as Node[]) {
    const seen = new Set<Node>([n]);
    const stack: Node[] = [n];
    while (stack.length) {
      for (const m of LATTICE[stack.pop() as Node]) {
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      }
    }
    ubs.set(n, seen);
  }
  return ubs;
})();

function leastUpperBound(nodes: Set<Node>): Node {
  const bounds = [...nodes].map((n) => UPPER_BOUNDS.get(n) as Set<Node>);
  const common = new Set([...bounds[0]].filter((c) => bounds.every((b) => b.has(c))));
  const inInputs = [...common].filter((c) => nodes.has(c));
  const lub = inInputs.length
    ? inInputs
    : [...common].filter((c) => [...common].every((o) => (UPPER_BOUNDS.get(c) as Set<Node>).has(o)));
  if (lub.length !== 1) {
    throw new Error(`no unique type promotion for ${[...nodes].join(", ")}`);
  }
  return lub[0];
}

function jaxTypeNode(d: DType, weak: boolean): Node {
  if (!weak || d === "bool") return d;
  const kind = INFO[d].kind;
  return kind === "c" ? "c*" : kind === "f" ? "f*" : "i*";
}

function nodeToDType(n: Node): DType {
  if (n === "i*") return DEFAULT_INT;
  if (n === "f*") return DEFAULT_FLOAT;
  if (n === "c*") return DEFAULT_COMPLEX;
  return canonicalize(n);
}

export interface DTypeAndWeak {
  readonly dtype: DType;
  readonly weak: boolean;
}

/** `jax.dtypes.result_type(*args, return_weak_type_flag=True)`. */
export function resultType(argsIn: readonly DTypeAndWeak[]): DTypeAndWeak {
  if (argsIn.length === 0) throw new Error("at least one array or dtype is required");
  // `dtypes.dtype(x)` canonicalizes every input first: uint64 joins as uint32.
  const args = argsIn.map((a) => ({ dtype: canonicalize(a.dtype), weak: a.weak }));
  let dtype: DType;
  let weak: boolean;
  const dts = args.map((a) => a.dtype);
  if (args.length === 1) {
    dtype = args[0].dtype;
    weak = args[0].weak;
  } else if (dts.every((d) => d === dts[0]) && !args.every((a) => a.weak)) {
    dtype = dts[0];
    weak = false;
  } else if (args.every((a) => a.weak)) {
    dtype = nodeToDType(leastUpperBound(new Set(dts.map((d) => jaxTypeNode(d, false)))));
    weak = true;
  } else {
    const lub = leastUpperBound(new Set(args.map((a) => jaxTypeNode(a.dtype, a.weak))));
    dtype = nodeToDType(lub);
    weak = lub === "i*" || lub === "f*" || lub === "c*";
  }
  weak = dtype !== "bool" && weak;
  if (weak) dtype = defaultDTypeOfKind(INFO[dtype].kind);
  return { dtype: canonicalize(dtype), weak };
}

/** Python's int, float and complex types, which `jnp.promote_types` treats as the lattice's weak types. */
export type PythonScalarType = "int" | "float" | "complex";

/**
 * `dtypes.promote_types(a, b)`: the join on the (x64-off) lattice, *not* canonicalized, so that
 * `promote_types(int32, int64)` is int64; a Python type that wins comes back as numpy's dtype for it.
 */
export function promoteTypesUncanonicalized(a: DType | PythonScalarType, b: DType | PythonScalarType): DType {
  const node = (t: DType | PythonScalarType): Node =>
    t === "int" ? "i*" : t === "float" ? "f*" : t === "complex" ? "c*" : t;
  const lub = leastUpperBound(new Set<Node>([node(a), node(b)]));
  return lub === "i*" ? "int64" : lub === "f*" ? "float64" : lub === "c*" ? "complex128" : lub;
}

/** `jnp.promote_types(a, b)`: promotion of two strong dtypes. */
export function promoteTypes(a: DType, b: DType): DType {
  return nodeToDType(leastUpperBound(new Set<Node>([a, b])));
}
