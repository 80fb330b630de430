// Jaxprs built by hand with the structure JAX traces, printed, and compared with what JAX 0.10.2 prints.
// Each expected string is real JAX output: from /work/shared/golden/<file>.stdout (named in the test), or, where
// marked "extra", from tests/engine/ir/fixtures/print_jaxpr_extra.py run under .venv-jax.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { definePrimitive, findPrimitive } from "../../../engine/core/primitive.ts";
import { PyList, PyVerbatim } from "../../../engine/core/pyrepr.ts";
import {
  type Atom,
  ClosedJaxpr,
  Jaxpr,
  JaxprEqn,
  Literal,
  type Params,
  Var,
} from "../../../engine/ir/jaxpr.ts";
import { encodeDigitsAlphabetic, printEqn, printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import "../../../engine/transforms/jit.ts"; // registers jit's print rule

// `_custom_jvp_call_pp_rule` shows the function's name first and the jvp's name as `jvp=`. Traceur's own
// custom_jvp_call may not exist yet; this stand-in gives the printer that ordering.
if (!findPrimitive("custom_jvp_call")) {
  definePrimitive({
    name: "custom_jvp_call",
    abstractEval: () => {
      throw new Error("test stand-in");
    },
    cpu: () => {
      throw new Error("test stand-in");
    },
    printParams: (p) => [
      ["name", "relu"],
      ["call_jaxpr", p.call_jaxpr],
      ["jvp", p.jvp_jaxpr_fun],
      ["symbolic_zeros", p.symbolic_zeros],
    ],
  });
}

const aval =
  (dtype: DType) =>
  (...shape: number[]) =>
    new ShapedArray(shape, dtype);
const f32 = aval("float32");
const i32 = aval("int32");
const u32 = aval("uint32");
const bool = aval("bool");

/** A PRNG key aval: only its printed type matters here. */
class KeyAval extends ShapedArray {
  override strShort(): string {
    return "key<fry>[]";
  }
}
const key = () => new KeyAval([], "uint32");

const v = (a: ShapedArray) => new Var(a);
const vs = (a: () => ShapedArray, n: number) => Array.from({ length: n }, () => new Var(a()));
const lit = (value: number | boolean, a: ShapedArray = f32()) => new Literal(a, value);
const eqn = (primitive: string, inputs: Atom[], outputs: Var[], params: Params = {}) =>
  new JaxprEqn(primitive, inputs, outputs, params);
const jaxpr = (constvars: Var[], invars: Var[], outvars: Atom[], eqns: JaxprEqn[]) =>
  new Jaxpr(constvars, invars, outvars, eqns);
const closed = (j: Jaxpr) => new ClosedJaxpr(j, []);

function jit(
  name: string,
  inner: ClosedJaxpr,
  inputs: Atom[],
  outputs: Var[],
  donated?: boolean[],
): JaxprEqn {
  return eqn("jit", inputs, outputs, {
    name,
    jaxpr: inner,
    donated_invars: donated ?? inputs.map(() => false),
    inline: false,
    keep_unused: false,
  });
}

const cvt = (dtype: string, weak = false): Params => ({ new_dtype: dtype, weak_type: weak });
const dotParams: Params = {
  dimension_numbers: [
    [new PyList([1]), new PyList([0])],
    [new PyList([]), new PyList([])],
  ],
  preferred_element_type: "float32",
};
const scanParams = (length: number, numCarry: number, numConsts: number, reverse = false) => ({
  length,
  num_carry: numCarry,
  num_consts: numConsts,
  reverse,
  unroll: 1,
});

/** `y = x + 1.0` chained n times from one f32[] input. */
function chainOfAdds(n: number): Jaxpr {
  const a = v(f32());
  const outs = vs(f32, n);
  const eqns = outs.map((o, i) => eqn("add", [i === 0 ? a : outs[i - 1], lit(1.0)], [o]));
  return jaxpr([], [a], [outs[n - 1]], eqns);
}

describe("variable names", () => {
  it("counts a..z, ba, bb, ... without aa", () => {
    // [jax._src.core._encode_digits_alphabetic(i) for i in (0, 1, 25, 26, 27, 51, 52, 675, 676, 677)]
    const names = [0, 1, 25, 26, 27, 51, 52, 675, 676, 677].map(encodeDigitsAlphabetic);
    expect(names).toEqual(["a", "b", "z", "ba", "bb", "bz", "ca", "zz", "baa", "bab"]);
  });
});

describe("layout (golden core/layout.stdout)", () => {
  it("prints a small jaxpr on one line", () => {
    // jax.make_jaxpr(lambda x: jnp.sin(jnp.cos(x)))(1.0)
    const [a, b, c] = vs(f32, 3);
    const j = jaxpr([], [a], [c], [eqn("cos", [a], [b]), eqn("sin", [b], [c])]);
    expect(printJaxpr(closed(j))).toBe("{ lambda ; a:f32[]. let b:f32[] = cos a; c:f32[] = sin b in (c,) }");
  });

  it("prints two spaces for no equations", () => {
    // jax.make_jaxpr(lambda x: x)(1.0)
    const a = v(f32());
    expect(printJaxpr(jaxpr([], [a], [a], []))).toBe("{ lambda ; a:f32[]. let  in (a,) }");
  });

  it("prints `; .` for no invars", () => {
    // jax.make_jaxpr(lambda: jnp.zeros(3))()
    const a = v(f32(3));
    const j = jaxpr([], [], [a], [eqn("broadcast_in_dim", [lit(0.0)], [a], { broadcast_dimensions: [] })]);
    expect(printJaxpr(j)).toBe("{ lambda ; . let a:f32[3] = broadcast_in_dim 0.0:f32[] in (a,) }");
  });

  it("lists literal and input outvars", () => {
    // jax.make_jaxpr(lambda x, y: (x + y, x * y, 2.0, x))(1.0, 2.0)
    const [a, b, c, d] = vs(f32, 4);
    const j = jaxpr([], [a, b], [c, d, lit(2.0), a], [eqn("add", [a, b], [c]), eqn("mul", [a, b], [d])]);
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[] b:f32[]. let",
        "    c:f32[] = add a b",
        "    d:f32[] = mul a b",
        "  in (c, d, 2.0:f32[], a) }",
      ].join("\n"),
    );
  });

  it("names past z as ba, bb, ...", () => {
    // many(x): 30 times x = x + 1.0
    const lines = printJaxpr(chainOfAdds(30)).split("\n");
    expect(lines[0]).toBe("{ lambda ; a:f32[]. let");
    expect(lines[1]).toBe("    b:f32[] = add a 1.0:f32[]");
    expect(lines.slice(25, 31)).toEqual([
      "    z:f32[] = add y 1.0:f32[]",
      "    ba:f32[] = add z 1.0:f32[]",
      "    bb:f32[] = add ba 1.0:f32[]",
      "    bc:f32[] = add bb 1.0:f32[]",
      "    bd:f32[] = add bc 1.0:f32[]",
      "    be:f32[] = add bd 1.0:f32[]",
    ]);
    expect(lines.slice(31)).toEqual(["  in (be,) }"]);
  });

  it("wraps a long binder list only past column 80", () => {
    // wide(a, ..., m) = a + b + ... + m on 13 f32[2,3] arrays
    const args = vs(() => f32(2, 3), 13);
    const sums = vs(() => f32(2, 3), 12);
    const eqns = sums.map((s, i) => eqn("add", [i === 0 ? args[0] : sums[i - 1], args[i + 1]], [s]));
    expect(printJaxpr(jaxpr([], args, [sums[11]], eqns))).toBe(
      [
        "{ lambda ; a:f32[2,3] b:f32[2,3] c:f32[2,3] d:f32[2,3] e:f32[2,3] f:f32[2,3] g:f32[2,3]",
        "    h:f32[2,3] i:f32[2,3] j:f32[2,3] k:f32[2,3] l:f32[2,3] m:f32[2,3]. let",
        "    n:f32[2,3] = add a b",
        "    o:f32[2,3] = add n c",
        "    p:f32[2,3] = add o d",
        "    q:f32[2,3] = add p e",
        "    r:f32[2,3] = add q f",
        "    s:f32[2,3] = add r g",
        "    t:f32[2,3] = add s h",
        "    u:f32[2,3] = add t i",
        "    v:f32[2,3] = add u j",
        "    w:f32[2,3] = add v k",
        "    x:f32[2,3] = add w l",
        "    y:f32[2,3] = add x m",
        "  in (y,) }",
      ].join("\n"),
    );
  });

  it("prints an unused top-level result as `_` without using a name", () => {
    // unused(x): a = jnp.sin(x); b = jnp.cos(x); return b
    const [x, a, b] = vs(f32, 3);
    const j = jaxpr([], [x], [b], [eqn("sin", [x], [a]), eqn("cos", [x], [b])]);
    expect(printJaxpr(j)).toBe("{ lambda ; a:f32[]. let _:f32[] = sin a; b:f32[] = cos a in (b,) }");
  });

  it("prints constvars before the semicolon", () => {
    // w = jnp.arange(3.0); jax.make_jaxpr(lambda x: x * w)(jnp.ones(3))
    const [w, x, y] = vs(() => f32(3), 3);
    const j = closed(jaxpr([w], [x], [y], [eqn("mul", [x, w], [y])]));
    expect(printJaxpr(j)).toBe("{ lambda a:f32[3]; b:f32[3]. let c:f32[3] = mul b a in (c,) }");
  });

  it("breaks dot_general's params one per line", () => {
    // jax.make_jaxpr(lambda x, y: x @ y)(jnp.ones((200, 300)), jnp.ones((300, 4)))
    const [a, b, c] = [v(f32(200, 300)), v(f32(300, 4)), v(f32(200, 4))];
    const j = jaxpr([], [a, b], [c], [eqn("dot_general", [a, b], [c], dotParams)]);
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[200,300] b:f32[300,4]. let",
        "    c:f32[200,4] = dot_general[",
        "      dimension_numbers=(([1], [0]), ([], []))",
        "      preferred_element_type=float32",
        "    ] a b",
        "  in (c,) }",
      ].join("\n"),
    );
  });
});

describe("layout edges (extra)", () => {
  it("keeps exactly 80 columns on one line", () => {
    // jax.make_jaxpr(lambda a, b: a * b)(jnp.ones((200, 200)), jnp.ones((200, 200)))
    const [a, b, c] = vs(() => f32(200, 200), 3);
    const out = printJaxpr(jaxpr([], [a, b], [c], [eqn("mul", [a, b], [c])]));
    expect(out).toBe("{ lambda ; a:f32[200,200] b:f32[200,200]. let c:f32[200,200] = mul a b in (c,) }");
    expect(out.length).toBe(80);
  });

  it("breaks at 81 columns", () => {
    // jax.make_jaxpr(lambda a, b: jnp.sin(a) * b)(jnp.ones((10, 10)), jnp.ones((10, 10)))
    const [a, b, c, d] = vs(() => f32(10, 10), 4);
    const j = jaxpr([], [a, b], [d], [eqn("sin", [a], [c]), eqn("mul", [c, b], [d])]);
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[10,10] b:f32[10,10]. let",
        "    c:f32[10,10] = sin a",
        "    d:f32[10,10] = mul c b",
        "  in (d,) }",
      ].join("\n"),
    );
  });

  it("prints `in ()` for no outputs", () => {
    // jax.make_jaxpr(lambda x: ())(1.0)
    const a = v(f32());
    expect(printJaxpr(jaxpr([], [a], [], []))).toBe("{ lambda ; a:f32[]. let  in () }");
  });

  it("leaves an indentation-only line for no equations when broken", () => {
    // jax.make_jaxpr(lambda *xs: xs)(*[jnp.ones((100,))] * 8)
    const xs = vs(() => f32(100), 8);
    expect(printJaxpr(jaxpr([], xs, xs, []))).toBe(
      [
        "{ lambda ; a:f32[100] b:f32[100] c:f32[100] d:f32[100] e:f32[100] f:f32[100] g:f32[100]",
        "    h:f32[100]. let",
        "    ",
        "  in (a, b, c, d, e, f, g, h) }",
      ].join("\n"),
    );
  });

  it("names several constvars first", () => {
    // w = jnp.arange(3.0); m = jnp.ones((2, 3)); jax.make_jaxpr(lambda x: m * (x * w))(jnp.ones(3))
    const [w, m, x, d, e, f] = [v(f32(3)), v(f32(2, 3)), v(f32(3)), v(f32(3)), v(f32(1, 3)), v(f32(2, 3))];
    const j = jaxpr(
      [w, m],
      [x],
      [f],
      [
        eqn("mul", [x, w], [d]),
        eqn("broadcast_in_dim", [d], [e], { broadcast_dimensions: [1] }),
        eqn("mul", [m, e], [f]),
      ],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda a:f32[3] b:f32[2,3]; c:f32[3]. let",
        "    d:f32[3] = mul c a",
        "    e:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(1,)] d",
        "    f:f32[2,3] = mul b e",
        "  in (f,) }",
      ].join("\n"),
    );
  });

  it("does not propagate unusedness", () => {
    // jax.make_jaxpr(lambda x: (jnp.cos(jnp.sin(x)), x)[1])(1.0)
    const [a, b, c] = vs(f32, 3);
    const j = jaxpr([], [a], [a], [eqn("sin", [a], [b]), eqn("cos", [b], [c])]);
    expect(printJaxpr(j)).toBe("{ lambda ; a:f32[]. let b:f32[] = sin a; _:f32[] = cos b in (a,) }");
  });

  it("prints an equation without results, with long params", () => {
    // def dbg(x): jax.debug.print("x = {}", x); return x
    const a = v(f32());
    const printOptions = [
      ["edgeitems", 3],
      ["threshold", 1000],
      ["floatmode", "maxprec"],
      ["precision", 8],
      ["suppress", false],
      ["linewidth", 75],
      ["nanstr", "nan"],
      ["infstr", "inf"],
      ["sign", "-"],
      ["formatter", null],
      ["legacy", false],
      ["override_repr", null],
    ];
    const dbg = eqn("debug_print", [a], [], {
      fmt: "x = {}",
      has_placeholders: true,
      in_tree: new PyVerbatim("PyTreeDef(((*,), {}))"),
      logging_record: null,
      np_printoptions: printOptions,
      ordered: false,
      partitioned: false,
      static_args: [],
    });
    expect(printJaxpr(jaxpr([], [a], [a], [dbg]))).toBe(
      [
        "{ lambda ; a:f32[]. let",
        "    debug_print[",
        "      fmt=x = {}",
        "      has_placeholders=True",
        "      in_tree=PyTreeDef(((*,), {}))",
        "      logging_record=None",
        "      np_printoptions=(('edgeitems', 3), ('threshold', 1000), ('floatmode', 'maxprec'), ('precision', 8), ('suppress', False), ('linewidth', 75), ('nanstr', 'nan'), ('infstr', 'inf'), ('sign', '-'), ('formatter', None), ('legacy', False), ('override_repr', None))",
        "      ordered=False",
        "      partitioned=False",
        "      static_args=()",
        "    ] a",
        "  in (a,) }",
      ].join("\n"),
    );
  });
});

describe("params", () => {
  it("keeps the trailing space of an equation without operands (golden core/creation.stdout)", () => {
    // jax.make_jaxpr(lambda: jnp.arange(5))()
    const a = v(i32(5));
    const iota = eqn("iota", [], [a], { dimension: 0, dtype: "int32", shape: [5], sharding: null });
    expect(printJaxpr(jaxpr([], [], [a], [iota]))).toBe(
      [
        "{ lambda ; . let",
        "    a:i32[5] = iota[dimension=0 dtype=int32 shape=(5,) sharding=None] ",
        "  in (a,) }",
      ].join("\n"),
    );
  });

  it("sorts params and lets a long one run past the line (golden core/indexing.stdout)", () => {
    // m = jnp.arange(12).reshape(3, 4); jax.make_jaxpr(lambda m: m[jnp.array([0, 2])])(m)
    const [idx, m] = [v(i32(2)), v(i32(3, 4))];
    const [c, d, e, f, g] = [v(bool(2)), v(i32(2)), v(i32(2)), v(i32(2, 1)), v(i32(2, 4))];
    const gather = eqn("gather", [m, f], [g], {
      unique_indices: false,
      slice_sizes: [1, 4],
      mode: new PyVerbatim("GatherScatterMode.PROMISE_IN_BOUNDS"),
      indices_are_sorted: false,
      fill_value: null,
      dimension_numbers: new PyVerbatim(
        "GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,), operand_batching_dims=(), start_indices_batching_dims=())",
      ),
    });
    const j = jaxpr(
      [idx],
      [m],
      [g],
      [
        eqn("lt", [idx, lit(0, i32())], [c]),
        eqn("add", [idx, lit(3, i32())], [d]),
        eqn("select_n", [c, idx, d], [e]),
        eqn("broadcast_in_dim", [e], [f], { broadcast_dimensions: [0] }),
        gather,
      ],
    );
    expect(printJaxpr(closed(j))).toBe(
      [
        "{ lambda a:i32[2]; b:i32[3,4]. let",
        "    c:bool[2] = lt a 0:i32[]",
        "    d:i32[2] = add a 3:i32[]",
        "    e:i32[2] = select_n c a d",
        "    f:i32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] e",
        "    g:i32[2,4] = gather[",
        "      dimension_numbers=GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,), operand_batching_dims=(), start_indices_batching_dims=())",
        "      fill_value=None",
        "      indices_are_sorted=False",
        "      mode=GatherScatterMode.PROMISE_IN_BOUNDS",
        "      slice_sizes=(1, 4)",
        "      unique_indices=False",
        "    ] b f",
        "  in (g,) }",
      ].join("\n"),
    );
  });

  it("prints an empty tuple and a bare Jaxpr param (golden core/indexing.stdout)", () => {
    // jax.make_jaxpr(lambda x: x.at[1].add(1.0))(x), x = jnp.arange(10.0)
    const [a, b, c] = [v(f32(10)), v(i32(1)), v(f32(10))];
    const [d, e, f] = vs(f32, 3);
    const scatter = eqn("scatter-add", [a, b, lit(1.0)], [c], {
      dimension_numbers: new PyVerbatim(
        "ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,), operand_batching_dims=(), scatter_indices_batching_dims=())",
      ),
      indices_are_sorted: true,
      mode: new PyVerbatim("GatherScatterMode.FILL_OR_DROP"),
      unique_indices: true,
      update_consts: [],
      update_jaxpr: jaxpr([], [d, e], [f], [eqn("add", [d, e], [f])]),
    });
    const j = jaxpr(
      [],
      [a],
      [c],
      [eqn("broadcast_in_dim", [lit(1, i32())], [b], { broadcast_dimensions: [] }), scatter],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[10]. let",
        "    b:i32[1] = broadcast_in_dim 1:i32[]",
        "    c:f32[10] = scatter-add[",
        "      dimension_numbers=ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,), operand_batching_dims=(), scatter_indices_batching_dims=())",
        "      indices_are_sorted=True",
        "      mode=GatherScatterMode.FILL_OR_DROP",
        "      unique_indices=True",
        "      update_consts=()",
        "      update_jaxpr={ lambda ; d:f32[] e:f32[]. let f:f32[] = add d e in (f,) }",
        "    ] a b 1.0:f32[]",
        "  in (c,) }",
      ].join("\n"),
    );
  });

  it("uses a custom print rule, and dot_general in a bigger jaxpr (golden core/nn.stdout)", () => {
    // jax.make_jaxpr(jax.nn.relu)(jnp.array([-1.0, 0.0, 2.0]))
    const [a, b] = vs(() => f32(3), 2);
    const [c, d] = vs(() => f32(3), 2);
    const [ci, di] = vs(() => f32(3), 2);
    const relu = closed(jaxpr([], [ci], [di], [eqn("max", [ci, lit(0.0)], [di])]));
    const call = closed(jaxpr([], [c], [d], [jit("relu", relu, [c], [d])]));
    const cjvp = eqn("custom_jvp_call", [a], [b], {
      call_jaxpr: call,
      jvp_jaxpr_fun: "jvp",
      num_consts: 0,
      symbolic_zeros: false,
    });
    expect(printJaxpr(jaxpr([], [a], [b], [cjvp]))).toBe(
      [
        "{ lambda ; a:f32[3]. let",
        "    b:f32[3] = custom_jvp_call[",
        "      name=relu",
        "      call_jaxpr={ lambda ; c:f32[3]. let",
        "          d:f32[3] = jit[",
        "            name=relu",
        "            jaxpr={ lambda ; c:f32[3]. let d:f32[3] = max c 0.0:f32[] in (d,) }",
        "          ] c",
        "        in (d,) }",
        "      jvp=jvp",
        "      symbolic_zeros=False",
        "    ] a",
        "  in (b,) }",
      ].join("\n"),
    );
  });

  it("prints the mlp (golden core/nn.stdout)", () => {
    // mlp(params, x) with params = (ones((3, 4)), zeros(4), ones((4, 2)), zeros(2)), x = ones((5, 3))
    const [w1, b1, w2, b2, x] = [v(f32(3, 4)), v(f32(4)), v(f32(4, 2)), v(f32(2)), v(f32(5, 3))];
    const [f, g, h, i] = [v(f32(5, 4)), v(f32(1, 4)), v(f32(5, 4)), v(f32(5, 4))];
    const [j, k, l] = [v(f32(5, 2)), v(f32(1, 2)), v(f32(5, 2))];
    const mlp = jaxpr(
      [],
      [w1, b1, w2, b2, x],
      [l],
      [
        eqn("dot_general", [x, w1], [f], dotParams),
        eqn("broadcast_in_dim", [b1], [g], { broadcast_dimensions: [1] }),
        eqn("add", [f, g], [h]),
        eqn("tanh", [h], [i]),
        eqn("dot_general", [i, w2], [j], dotParams),
        eqn("broadcast_in_dim", [b2], [k], { broadcast_dimensions: [1] }),
        eqn("add", [j, k], [l]),
      ],
    );
    expect(printJaxpr(mlp)).toBe(
      [
        "{ lambda ; a:f32[3,4] b:f32[4] c:f32[4,2] d:f32[2] e:f32[5,3]. let",
        "    f:f32[5,4] = dot_general[",
        "      dimension_numbers=(([1], [0]), ([], []))",
        "      preferred_element_type=float32",
        "    ] e a",
        "    g:f32[1,4] = broadcast_in_dim[broadcast_dimensions=(1,)] b",
        "    h:f32[5,4] = add f g",
        "    i:f32[5,4] = tanh h",
        "    j:f32[5,2] = dot_general[",
        "      dimension_numbers=(([1], [0]), ([], []))",
        "      preferred_element_type=float32",
        "    ] i c",
        "    k:f32[1,2] = broadcast_in_dim[broadcast_dimensions=(1,)] d",
        "    l:f32[5,2] = add j k",
        "  in (l,) }",
      ].join("\n"),
    );
  });

  it("shows donated_invars when some input is donated (extra)", () => {
    // jax.make_jaxpr(lambda x, y: jax.jit(lambda a, b: a + b, donate_argnums=0)(x, y))(1.0, 2.0)
    const [a, b, c] = vs(f32, 3);
    const [ai, bi, ci] = vs(f32, 3);
    const inner = closed(jaxpr([], [ai, bi], [ci], [eqn("add", [ai, bi], [ci])]));
    const j = jaxpr([], [a, b], [c], [jit("<lambda>", inner, [a, b], [c], [true, false])]);
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[] b:f32[]. let",
        "    c:f32[] = jit[",
        "      name=<lambda>",
        "      donated_invars=(True, False)",
        "      jaxpr={ lambda ; a:f32[] b:f32[]. let c:f32[] = add a b in (c,) }",
        "    ] a b",
        "  in (c,) }",
      ].join("\n"),
    );
  });
});

describe("nested jit names (golden transforms/jit.stdout)", () => {
  /** f(x, y) = x * y + 2.0 traced for (x, y) */
  function fJaxpr(y: ShapedArray): ClosedJaxpr {
    const [x, yv] = [v(f32(2)), v(y)];
    const eqns: JaxprEqn[] = [];
    let yy: Var = yv;
    if (y.shape.length === 0) {
      yy = v(f32());
      eqns.push(eqn("convert_element_type", [yv], [yy], cvt("float32")));
    }
    const [m, o] = [v(f32(2)), v(f32(2))];
    eqns.push(eqn("mul", [x, yy], [m]), eqn("add", [m, lit(2.0)], [o]));
    return closed(jaxpr([], [x, yv], [o], eqns));
  }

  it("gives inner binders the outer names, fresh ones for repeats and literals", () => {
    // @jax.jit def f(x, y): return x * y + 2.0
    // jax.make_jaxpr(lambda x: f(x, x) + f(x, 1.0))(jnp.ones(2))
    const [a, b, e, i] = vs(() => f32(2), 4);
    const j = jaxpr(
      [],
      [a],
      [i],
      [
        jit("f", fJaxpr(f32(2)), [a, a], [b]),
        jit("f", fJaxpr(f32()), [a, lit(1.0)], [e]),
        eqn("add", [b, e], [i]),
      ],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[2]. let",
        "    b:f32[2] = jit[",
        "      name=f",
        "      jaxpr={ lambda ; a:f32[2] c:f32[2]. let",
        "          d:f32[2] = mul a c",
        "          b:f32[2] = add d 2.0:f32[]",
        "        in (b,) }",
        "    ] a a",
        "    e:f32[2] = jit[",
        "      name=f",
        "      jaxpr={ lambda ; a:f32[2] f:f32[]. let",
        "          g:f32[] = convert_element_type[new_dtype=float32 weak_type=False] f",
        "          h:f32[2] = mul a g",
        "          e:f32[2] = add h 2.0:f32[]",
        "        in (e,) }",
        "    ] a 1.0:f32[]",
        "    i:f32[2] = add b e",
        "  in (i,) }",
      ].join("\n"),
    );
  });

  it("passes `_` to the inner outvar; inner unused values keep names", () => {
    // jax.make_jaxpr(jax.grad(jax.jit(lambda a: jnp.sin(a) * 2)))(1.0)
    const [a, r0, r1, d] = vs(f32, 4);
    const [ai, c, bi, u] = vs(f32, 4);
    const fwd = closed(
      jaxpr(
        [],
        [ai],
        [u, bi],
        [eqn("sin", [ai], [c]), eqn("cos", [ai], [bi]), eqn("mul", [c, lit(2.0)], [u])],
      ),
    );
    const [bt, et, ft, dt] = vs(f32, 4);
    const bwd = closed(
      jaxpr([], [bt, et], [dt], [eqn("mul", [et, lit(2.0)], [ft]), eqn("mul", [ft, bt], [dt])]),
    );
    const j = jaxpr(
      [],
      [a],
      [d],
      [jit("<lambda>", fwd, [a], [r0, r1]), jit("<lambda>", bwd, [r1, lit(1.0)], [d])],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[]. let",
        "    _:f32[] b:f32[] = jit[",
        "      name=<lambda>",
        "      jaxpr={ lambda ; a:f32[]. let",
        "          c:f32[] = sin a",
        "          b:f32[] = cos a",
        "          _:f32[] = mul c 2.0:f32[]",
        "        in (_, b) }",
        "    ] a",
        "    d:f32[] = jit[",
        "      name=<lambda>",
        "      jaxpr={ lambda ; b:f32[] e:f32[]. let",
        "          f:f32[] = mul e 2.0:f32[]",
        "          d:f32[] = mul f b",
        "        in (d,) }",
        "    ] b 1.0:f32[]",
        "  in (d,) }",
      ].join("\n"),
    );
  });

  it("hoists a jaxpr used twice and prints uses by name", () => {
    // @jax.jit def sq(x): return x * x;  jax.make_jaxpr(lambda x: sq(sq(x)))(1.0)
    const [a, b] = vs(f32, 2);
    const sq = closed(jaxpr([], [a], [b], [eqn("mul", [a, a], [b])]));
    const [c, d, e] = vs(f32, 3);
    const j = jaxpr([], [c], [e], [jit("sq", sq, [c], [d]), jit("sq", sq, [d], [e])]);
    expect(printJaxpr(j)).toBe(
      [
        "let sq = { lambda ; a:f32[]. let b:f32[] = mul a a in (b,) } in",
        "{ lambda ; c:f32[]. let",
        "    d:f32[] = jit[name=sq jaxpr=sq] c",
        "    e:f32[] = jit[name=sq jaxpr=sq] d",
        "  in (e,) }",
      ].join("\n"),
    );
  });
});

describe("shared jaxprs", () => {
  /** jnp.where's `_where(c, x, y)` = select_n(c, y, x), for i32 scalars. */
  function whereJaxpr(): ClosedJaxpr {
    const [c, x, y, o] = [v(bool()), v(i32()), v(i32()), v(i32())];
    return closed(jaxpr([], [c, x, y], [o], [eqn("select_n", [c, y, x], [o])]));
  }

  it("hoists floor_divide (11 equations) but not remainder (10) (golden core/arithmetic.stdout)", () => {
    // jax.make_jaxpr(lambda x, y: (x // y, x % y))(7, 2)
    const [a, b, c, d, e] = [v(i32()), v(i32()), v(i32()), v(i32()), v(i32())];
    const [f, g, h, i, j, k] = [v(bool()), v(i32()), v(bool()), v(bool()), v(bool()), v(bool())];
    const [l, m] = [v(i32()), v(i32())];
    const floorDivide = closed(
      jaxpr(
        [],
        [a, b],
        [m],
        [
          eqn("div", [a, b], [c]),
          eqn("sign", [a], [d]),
          eqn("sign", [b], [e]),
          eqn("ne", [d, e], [f]),
          eqn("rem", [a, b], [g]),
          eqn("ne", [g, lit(0, i32())], [h]),
          eqn("convert_element_type", [f], [i], cvt("bool")),
          eqn("convert_element_type", [h], [j], cvt("bool")),
          eqn("and", [i, j], [k]),
          eqn("sub", [c, lit(1, i32())], [l]),
          jit("_where", whereJaxpr(), [k, l, c], [m]),
        ],
      ),
    );
    const [n, o] = [v(i32()), v(i32())];
    const [r, s, u, vv, w, x, y, z, ba, q] = [
      v(bool()),
      v(i32()),
      v(i32()),
      v(bool()),
      v(bool()),
      v(bool()),
      v(bool()),
      v(bool()),
      v(i32()),
      v(i32()),
    ];
    const remainder = closed(
      jaxpr(
        [],
        [n, o],
        [q],
        [
          eqn("eq", [o, lit(0, i32())], [r]),
          jit("_where", whereJaxpr(), [r, lit(1, i32()), o], [s]),
          eqn("rem", [n, s], [u]),
          eqn("ne", [u, lit(0, i32())], [vv]),
          eqn("lt", [u, lit(0, i32())], [w]),
          eqn("lt", [s, lit(0, i32())], [x]),
          eqn("ne", [w, x], [y]),
          eqn("and", [y, vv], [z]),
          eqn("add", [u, s], [ba]),
          eqn("select_n", [z, u, ba], [q]),
        ],
      ),
    );
    const [tn, to, tp, tq] = vs(i32, 4);
    const top = jaxpr(
      [],
      [tn, to],
      [tp, tq],
      [jit("floor_divide", floorDivide, [tn, to], [tp]), jit("remainder", remainder, [tn, to], [tq])],
    );
    expect(printJaxpr(top)).toBe(
      [
        "let floor_divide = { lambda ; a:i32[] b:i32[]. let",
        "    c:i32[] = div a b",
        "    d:i32[] = sign a",
        "    e:i32[] = sign b",
        "    f:bool[] = ne d e",
        "    g:i32[] = rem a b",
        "    h:bool[] = ne g 0:i32[]",
        "    i:bool[] = convert_element_type[new_dtype=bool weak_type=False] f",
        "    j:bool[] = convert_element_type[new_dtype=bool weak_type=False] h",
        "    k:bool[] = and i j",
        "    l:i32[] = sub c 1:i32[]",
        "    m:i32[] = jit[",
        "      name=_where",
        "      jaxpr={ lambda ; k:bool[] l:i32[] c:i32[]. let",
        "          m:i32[] = select_n k c l",
        "        in (m,) }",
        "    ] k l c",
        "  in (m,) } in",
        "{ lambda ; n:i32[] o:i32[]. let",
        "    p:i32[] = jit[name=floor_divide jaxpr=floor_divide] n o",
        "    q:i32[] = jit[",
        "      name=remainder",
        "      jaxpr={ lambda ; n:i32[] o:i32[]. let",
        "          r:bool[] = eq o 0:i32[]",
        "          s:i32[] = jit[",
        "            name=_where",
        "            jaxpr={ lambda ; r:bool[] t:i32[] o:i32[]. let",
        "                s:i32[] = select_n r o t",
        "              in (s,) }",
        "          ] r 1:i32[] o",
        "          u:i32[] = rem n s",
        "          v:bool[] = ne u 0:i32[]",
        "          w:bool[] = lt u 0:i32[]",
        "          x:bool[] = lt s 0:i32[]",
        "          y:bool[] = ne w x",
        "          z:bool[] = and y v",
        "          ba:i32[] = add u s",
        "          q:i32[] = select_n z u ba",
        "        in (q,) }",
        "    ] n o",
        "  in (p, q) }",
      ].join("\n"),
    );
  });

  it("hoists _linspace, used once, for its 14 equations (golden core/creation.stdout)", () => {
    // jax.make_jaxpr(lambda a, b: jnp.linspace(a, b, 5))(0.0, 1.0)
    const [a, b, c, d, e, f] = vs(f32, 6);
    const [g, h] = [v(f32(4)), v(f32(4))];
    const [i, j, k, l, m, n, o, p] = [
      v(f32(1)),
      v(f32(4)),
      v(f32(4)),
      v(f32(1)),
      v(f32(4)),
      v(f32(4)),
      v(f32(1)),
      v(f32(5)),
    ];
    const reshape1 = { dimensions: null, new_sizes: [1], sharding: null };
    const linspace = closed(
      jaxpr(
        [],
        [a, b],
        [p],
        [
          eqn("convert_element_type", [a], [c], cvt("float32")),
          eqn("convert_element_type", [b], [d], cvt("float32")),
          eqn("sub", [d, c], [e]),
          eqn("div", [e, lit(4.0)], [f]),
          eqn("iota", [], [g], { dimension: 0, dtype: "float32", shape: [4], sharding: null }),
          eqn("div", [g, lit(4.0)], [h]),
          eqn("reshape", [c], [i], reshape1),
          eqn("sub", [lit(1.0), h], [j]),
          eqn("mul", [i, j], [k]),
          eqn("reshape", [d], [l], reshape1),
          eqn("mul", [l, h], [m]),
          eqn("add", [k, m], [n]),
          eqn("broadcast_in_dim", [d], [o], { broadcast_dimensions: [] }),
          eqn("concatenate", [n, o], [p], { dimension: 0 }),
        ],
      ),
    );
    const [q, r, s] = [v(f32()), v(f32()), v(f32(5))];
    const top = jaxpr([], [q, r], [s], [jit("_linspace", linspace, [q, r], [s])]);
    expect(printJaxpr(top)).toBe(
      [
        "let _linspace = { lambda ; a:f32[] b:f32[]. let",
        "    c:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a",
        "    d:f32[] = convert_element_type[new_dtype=float32 weak_type=False] b",
        "    e:f32[] = sub d c",
        "    f:f32[] = div e 4.0:f32[]",
        "    g:f32[4] = iota[dimension=0 dtype=float32 shape=(4,) sharding=None] ",
        "    h:f32[4] = div g 4.0:f32[]",
        "    i:f32[1] = reshape[dimensions=None new_sizes=(1,) sharding=None] c",
        "    j:f32[4] = sub 1.0:f32[] h",
        "    k:f32[4] = mul i j",
        "    l:f32[1] = reshape[dimensions=None new_sizes=(1,) sharding=None] d",
        "    m:f32[4] = mul l h",
        "    n:f32[4] = add k m",
        "    o:f32[1] = broadcast_in_dim d",
        "    p:f32[5] = concatenate[dimension=0] n o",
        "  in (p,) } in",
        "{ lambda ; q:f32[] r:f32[]. let",
        "    s:f32[5] = jit[name=_linspace jaxpr=_linspace] q r",
        "  in (s,) }",
      ].join("\n"),
    );
  });

  it("hoists _uniform from two jits deep; operands wrap past column 80 (golden random/keys.stdout)", () => {
    // key = jax.random.PRNGKey(0); jax.make_jaxpr(lambda k: jax.random.normal(k, (3,)))(key)
    const [a, b, c] = [v(key()), v(f32()), v(f32())];
    const [d, e, f, g, h, i, j, k, l, m, n] = [
      v(f32(1)),
      v(f32(1)),
      v(u32(3)),
      v(u32(3)),
      v(u32(3)),
      v(f32(3)),
      v(f32(3)),
      v(f32(1)),
      v(f32(3)),
      v(f32(3)),
      v(f32(3)),
    ];
    const uniform = closed(
      jaxpr(
        [],
        [a, b, c],
        [n],
        [
          eqn("broadcast_in_dim", [b], [d], { broadcast_dimensions: [] }),
          eqn("broadcast_in_dim", [c], [e], { broadcast_dimensions: [] }),
          eqn("random_bits", [a], [f], { bit_width: 32, shape: [3] }),
          eqn("shift_right_logical", [f, lit(9, u32())], [g]),
          eqn("or", [g, lit(1065353216, u32())], [h]),
          eqn("bitcast_convert_type", [h], [i], { new_dtype: "float32" }),
          eqn("sub", [i, lit(1.0)], [j]),
          eqn("sub", [e, d], [k]),
          eqn("mul", [j, k], [l]),
          eqn("add", [l, d], [m]),
          eqn("max", [d, m], [n]),
        ],
      ),
    );
    const [pr, r, s, q] = [v(key()), v(f32(3)), v(f32(3)), v(f32(3))];
    const normalReal = closed(
      jaxpr(
        [],
        [pr],
        [q],
        [
          jit("_uniform", uniform, [pr, lit(-0.9999999403953552), lit(1.0)], [r]),
          eqn("erf_inv", [r], [s]),
          eqn("mul", [lit(1.4142135381698608), s], [q]),
        ],
      ),
    );
    const [pn, qn] = [v(key()), v(f32(3))];
    const normal = closed(jaxpr([], [pn], [qn], [jit("_normal_real", normalReal, [pn], [qn])]));
    const [o, p, qt] = [v(u32(2)), v(key()), v(f32(3))];
    const top = jaxpr(
      [],
      [o],
      [qt],
      [eqn("random_wrap", [o], [p], { impl: "fry" }), jit("_normal", normal, [p], [qt])],
    );
    expect(printJaxpr(top)).toBe(
      [
        "let _uniform = { lambda ; a:key<fry>[] b:f32[] c:f32[]. let",
        "    d:f32[1] = broadcast_in_dim b",
        "    e:f32[1] = broadcast_in_dim c",
        "    f:u32[3] = random_bits[bit_width=32 shape=(3,)] a",
        "    g:u32[3] = shift_right_logical f 9:u32[]",
        "    h:u32[3] = or g 1065353216:u32[]",
        "    i:f32[3] = bitcast_convert_type[new_dtype=float32] h",
        "    j:f32[3] = sub i 1.0:f32[]",
        "    k:f32[1] = sub e d",
        "    l:f32[3] = mul j k",
        "    m:f32[3] = add l d",
        "    n:f32[3] = max d m",
        "  in (n,) } in",
        "{ lambda ; o:u32[2]. let",
        "    p:key<fry>[] = random_wrap[impl=fry] o",
        "    q:f32[3] = jit[",
        "      name=_normal",
        "      jaxpr={ lambda ; p:key<fry>[]. let",
        "          q:f32[3] = jit[",
        "            name=_normal_real",
        "            jaxpr={ lambda ; p:key<fry>[]. let",
        "                r:f32[3] = jit[name=_uniform jaxpr=_uniform] p -0.9999999403953552:f32[]",
        "                  1.0:f32[]",
        "                s:f32[3] = erf_inv r",
        "                q:f32[3] = mul 1.4142135381698608:f32[] s",
        "              in (q,) }",
        "          ] p",
        "        in (q,) }",
        "    ] p",
        "  in (q,) }",
      ].join("\n"),
    );
  });

  it("suffixes clashing names and skips them as variable names (extra)", () => {
    // Two different @jax.jit functions both called f, each applied twice:
    // jax.make_jaxpr(lambda x: f1(f1(x)) + f2(f2(x)))(1.0), f1(x) = x * 2.0, f2(x) = x + 1.0
    const f1 = (() => {
      const [a, b] = vs(f32, 2);
      return closed(jaxpr([], [a], [b], [eqn("mul", [a, lit(2.0)], [b])]));
    })();
    const f2 = (() => {
      const [a, b] = vs(f32, 2);
      return closed(jaxpr([], [a], [b], [eqn("add", [a, lit(1.0)], [b])]));
    })();
    const [e, g, h, i, j, k] = vs(f32, 6);
    const top = jaxpr(
      [],
      [e],
      [k],
      [
        jit("f", f1, [e], [g]),
        jit("f", f1, [g], [h]),
        jit("f", f2, [e], [i]),
        jit("f", f2, [i], [j]),
        eqn("add", [h, j], [k]),
      ],
    );
    expect(printJaxpr(top)).toBe(
      [
        "let f = { lambda ; a:f32[]. let b:f32[] = mul a 2.0:f32[] in (b,) } in",
        "let f1 = { lambda ; c:f32[]. let d:f32[] = add c 1.0:f32[] in (d,) } in",
        "{ lambda ; e:f32[]. let",
        "    g:f32[] = jit[name=f jaxpr=f] e",
        "    h:f32[] = jit[name=f jaxpr=f] g",
        "    i:f32[] = jit[name=f jaxpr=f1] e",
        "    j:f32[] = jit[name=f jaxpr=f1] i",
        "    k:f32[] = add h j",
        "  in (k,) }",
      ].join("\n"),
    );
  });

  it("names a shared jaxpr without a name param `jaxpr` (extra)", () => {
    // def body(c, x): return c + x, c * x
    // jax.make_jaxpr(lambda xs: (lax.scan(body, 0.0, xs)[1], lax.scan(body, 1.0, xs)[1]))(jnp.ones(3))
    const [a, b, c, d, e, f] = vs(f32, 6);
    const body = closed(
      jaxpr(
        [],
        [a, b],
        [d, f],
        [
          eqn("convert_element_type", [a], [c], cvt("float32")),
          eqn("add", [c, b], [d]),
          eqn("convert_element_type", [a], [e], cvt("float32")),
          eqn("mul", [e, b], [f]),
        ],
      ),
    );
    const [g, h, i] = vs(() => f32(3), 3);
    const [c0, c1] = vs(f32, 2);
    const top = jaxpr(
      [],
      [g],
      [h, i],
      [
        eqn("scan", [lit(0.0), g], [c0, h], { jaxpr: body, ...scanParams(3, 1, 0) }),
        eqn("scan", [lit(1.0), g], [c1, i], { jaxpr: body, ...scanParams(3, 1, 0) }),
      ],
    );
    const scanLines = (init: string, out: string) => [
      `    _:f32[] ${out}:f32[3] = scan[`,
      "      jaxpr=jaxpr",
      "      length=3",
      "      num_carry=1",
      "      num_consts=0",
      "      reverse=False",
      "      unroll=1",
      `    ] ${init}:f32[] g`,
    ];
    expect(printJaxpr(top)).toBe(
      [
        "let jaxpr = { lambda ; a:f32[] b:f32[]. let",
        "    c:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a",
        "    d:f32[] = add c b",
        "    e:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a",
        "    f:f32[] = mul e b",
        "  in (d, f) } in",
        "{ lambda ; g:f32[3]. let",
        ...scanLines("0.0", "h"),
        ...scanLines("1.0", "i"),
        "  in (h, i) }",
      ].join("\n"),
    );
  });
});

describe("control flow (golden control/*.stdout)", () => {
  /** The two branches of `lax.cond(x > 0, lambda v: v * 2.0, lambda v: -v, x)`, false first. */
  function condBranches(): ClosedJaxpr[] {
    const [e, f, g, h] = vs(f32, 4);
    return [
      closed(jaxpr([], [e], [f], [eqn("neg", [e], [f])])),
      closed(jaxpr([], [g], [h], [eqn("mul", [g, lit(2.0)], [h])])),
    ];
  }

  it("prints cond branches in a tuple, lhs named before the branches", () => {
    // jax.make_jaxpr(lambda x: lax.cond(x > 0, lambda v: v * 2.0, lambda v: -v, x))(1.0)
    const [a, c, d] = [v(f32()), v(i32()), v(f32())];
    const b = v(bool());
    const j = jaxpr(
      [],
      [a],
      [d],
      [
        eqn("gt", [a, lit(0.0)], [b]),
        eqn("convert_element_type", [b], [c], cvt("int32")),
        eqn("cond", [c, a], [d], { branches: condBranches() }),
      ],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[]. let",
        "    b:bool[] = gt a 0.0:f32[]",
        "    c:i32[] = convert_element_type[new_dtype=int32 weak_type=False] b",
        "    d:f32[] = cond[",
        "      branches=(",
        "        { lambda ; e:f32[]. let f:f32[] = neg e in (f,) }",
        "        { lambda ; g:f32[]. let h:f32[] = mul g 2.0:f32[] in (h,) }",
        "      )",
        "    ] c a",
        "  in (d,) }",
      ].join("\n"),
    );
  });

  it("prints `_` for an unused cond result", () => {
    // jax.make_jaxpr(jax.grad(f))(1.0), f as above
    const [a, c] = [v(f32()), v(i32())];
    const b = v(bool());
    const [unused, h] = vs(f32, 2);
    const j = jaxpr(
      [],
      [a],
      [h],
      [
        eqn("gt", [a, lit(0.0)], [b]),
        eqn("convert_element_type", [b], [c], cvt("int32")),
        eqn("cond", [c, a], [unused], { branches: condBranches() }),
        eqn("cond", [c, lit(1.0)], [h], { branches: condBranches() }),
      ],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[]. let",
        "    b:bool[] = gt a 0.0:f32[]",
        "    c:i32[] = convert_element_type[new_dtype=int32 weak_type=False] b",
        "    _:f32[] = cond[",
        "      branches=(",
        "        { lambda ; d:f32[]. let e:f32[] = neg d in (e,) }",
        "        { lambda ; f:f32[]. let g:f32[] = mul f 2.0:f32[] in (g,) }",
        "      )",
        "    ] c a",
        "    h:f32[] = cond[",
        "      branches=(",
        "        { lambda ; i:f32[]. let j:f32[] = neg i in (j,) }",
        "        { lambda ; k:f32[]. let l:f32[] = mul k 2.0:f32[] in (l,) }",
        "      )",
        "    ] c 1.0:f32[]",
        "  in (h,) }",
      ].join("\n"),
    );
  });

  it("names while's body_jaxpr before cond_jaxpr (sorted params)", () => {
    // count(n) = lax.while_loop(lambda c: c[0] < n, lambda c: (c[0] + 1, c[1] * 2.0), (0, 1.0)); make_jaxpr(count)(5)
    const [h, i, j, k] = [v(i32()), v(i32()), v(f32()), v(bool())];
    const condJ = closed(jaxpr([], [h, i, j], [k], [eqn("lt", [i, h], [k])]));
    const [d, e, f, g] = [v(i32()), v(f32()), v(i32()), v(f32())];
    const bodyJ = closed(
      jaxpr([], [d, e], [f, g], [eqn("add", [d, lit(1, i32())], [f]), eqn("mul", [e, lit(2.0)], [g])]),
    );
    const [a, b, c] = [v(i32()), v(i32()), v(f32())];
    const loop = eqn("while", [a, lit(0, i32()), lit(1.0)], [b, c], {
      cond_nconsts: 1,
      cond_jaxpr: condJ,
      body_nconsts: 0,
      body_jaxpr: bodyJ,
    });
    expect(printJaxpr(jaxpr([], [a], [b, c], [loop]))).toBe(
      [
        "{ lambda ; a:i32[]. let",
        "    b:i32[] c:f32[] = while[",
        "      body_jaxpr={ lambda ; d:i32[] e:f32[]. let",
        "          f:i32[] = add d 1:i32[]",
        "          g:f32[] = mul e 2.0:f32[]",
        "        in (f, g) }",
        "      body_nconsts=0",
        "      cond_jaxpr={ lambda ; h:i32[] i:i32[] j:f32[]. let",
        "          k:bool[] = lt i h",
        "        in (k,) }",
        "      cond_nconsts=1",
        "    ] a 0:i32[] 1.0:f32[]",
        "  in (b, c) }",
      ].join("\n"),
    );
  });

  it("prints scans with unused carries and an equation-less body", () => {
    // jax.make_jaxpr(jax.grad(lambda xs: cumulative(xs)[0]))(jnp.arange(4.0)), where
    // cumulative(xs) = lax.scan(lambda carry, x: (carry + x, (carry + x) * 2), 0.0, xs)
    const [b, c, d, e, f] = vs(f32, 5);
    const fwd = closed(
      jaxpr(
        [],
        [b, c],
        [e, f],
        [
          eqn("convert_element_type", [b], [d], cvt("float32")),
          eqn("add", [d, c], [e]),
          eqn("mul", [e, lit(2.0)], [f]),
        ],
      ),
    );
    const hv = v(f32());
    const bwd = closed(jaxpr([], [hv], [hv, hv], []));
    const a = v(f32(4));
    const [u1, u2, u3, g] = [v(f32()), v(f32(4)), v(f32()), v(f32(4))];
    const j = jaxpr(
      [],
      [a],
      [g],
      [
        eqn("scan", [lit(0.0), a], [u1, u2], { jaxpr: fwd, ...scanParams(4, 1, 0) }),
        eqn("scan", [lit(1.0)], [u3, g], { jaxpr: bwd, ...scanParams(4, 1, 0, true) }),
      ],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[4]. let",
        "    _:f32[] _:f32[4] = scan[",
        "      jaxpr={ lambda ; b:f32[] c:f32[]. let",
        "          d:f32[] = convert_element_type[new_dtype=float32 weak_type=False] b",
        "          e:f32[] = add d c",
        "          f:f32[] = mul e 2.0:f32[]",
        "        in (e, f) }",
        "      length=4",
        "      num_carry=1",
        "      num_consts=0",
        "      reverse=False",
        "      unroll=1",
        "    ] 0.0:f32[] a",
        "    _:f32[] g:f32[4] = scan[",
        "      jaxpr={ lambda ; h:f32[]. let  in (h, h) }",
        "      length=4",
        "      num_carry=1",
        "      num_consts=0",
        "      reverse=True",
        "      unroll=1",
        "    ] 1.0:f32[]",
        "  in (g,) }",
      ].join("\n"),
    );
  });
});

describe("printEqn (extra)", () => {
  // j = jax.make_jaxpr(lambda x: jax.jit(lambda a: jnp.sin(a) * 2.0)(x) * 2.0)(1.0); print(j.jaxpr.eqns[i])
  const [x, y, z] = vs(f32, 3);
  const [ai, ci, bi] = vs(f32, 3);
  const inner = closed(jaxpr([], [ai], [bi], [eqn("sin", [ai], [ci]), eqn("mul", [ci, lit(2.0)], [bi])]));
  const jitEqn = jit("<lambda>", inner, [x], [y]);
  const mulEqn = eqn("mul", [y, lit(2.0)], [z]);

  it("names the lhs first", () => {
    expect(printEqn(mulEqn)).toBe("a:f32[] = mul b 2.0:f32[]");
  });

  it("names a jit's operands through the suggestion rule and prints the sub-jaxpr inline", () => {
    expect(printEqn(jitEqn)).toBe(
      [
        "b:f32[] = jit[",
        "  name=<lambda>",
        "  jaxpr={ lambda ; a:f32[]. let",
        "      c:f32[] = sin a",
        "      b:f32[] = mul c 2.0:f32[]",
        "    in (b,) }",
        "] a",
      ].join("\n"),
    );
  });

  it("strips the trailing space", () => {
    // print(jax.make_jaxpr(lambda: jnp.arange(5))().jaxpr.eqns[0])
    const a = v(i32(5));
    const iota = eqn("iota", [], [a], { dimension: 0, dtype: "int32", shape: [5], sharding: null });
    expect(printEqn(iota)).toBe("a:i32[5] = iota[dimension=0 dtype=int32 shape=(5,) sharding=None]");
  });
});

describe("printing is repeatable", () => {
  it("gives the same text twice and for the ClosedJaxpr and its Jaxpr", () => {
    const j = chainOfAdds(3);
    expect(printJaxpr(j)).toBe(printJaxpr(closed(j)));
    expect(printJaxpr(j)).toBe(printJaxpr(j));
  });
});
