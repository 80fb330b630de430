"""JAX's checks on traced control-flow bodies (conditionals.py's check_branch_outputs, loops.py's
check_carry_type, tree_util's equality_errors), with JAX's exception types and messages."""
import functools
import inspect

from .. import tree_util
import _traceur as _E


class OutType:
    """What JAX's checks need of a traced output: its type, printed as `str_short`, `str` or `repr`."""
    __slots__ = ("shape", "dtype", "weak", "short")

    def __init__(self, t):
        self.shape, self.dtype, self.weak, self.short = tuple(t[0]), t[1], bool(t[2]), t[3]

    def matches(self, other):
        """`core.typematch`: weak types aside."""
        return self.shape == other.shape and self.dtype == other.dtype

    def __str__(self):
        return self.short

    def __repr__(self):
        return f"ShapedArray({self.short}{', weak_type=True' if self.weak else ''})"


def _fun_sourceinfo(fun):
    while isinstance(fun, functools.partial):
        fun = fun.func
    fun = inspect.unwrap(fun)
    try:
        return f"{fun.__name__} at {fun.__code__.co_filename}:{fun.__code__.co_firstlineno}"
    except AttributeError:
        return "<unknown>"


def _capitalize(s):
    return s[0].capitalize() + s[1:]


def _mismatch_extra(a1, a2):
    """`core.aval_mismatch_extra`."""
    mismatches = []
    if a1.dtype != a2.dtype:
        mismatches.append("the dtypes do not match")
    if a1.shape != a2.shape:
        mismatches.append("the shapes do not match")
    if not mismatches:
        return ""
    return ", so " + " and ".join(mismatches)


def _is_leaf(x):
    return tree_util.tree_structure(x).kind == "leaf"


def _equality_errors(path, t1, t2):
    """`tree_util.equality_errors`: (path, thing1, thing2, explanation) for each structural difference."""
    if _is_leaf(t1) and _is_leaf(t2):
        return
    if type(t1) != type(t2):
        yield path, str(type(t1)), str(type(t2)), "their Python types differ"
        return
    if isinstance(t1, (list, tuple)):
        if len(t1) != len(t2):
            yield (path, f"{type(t1).__name__} of length {len(t1)}", f"{type(t2).__name__} of length {len(t2)}",
                   "the lengths do not match")
            return
        for i, (c1, c2) in enumerate(zip(t1, t2)):
            yield from _equality_errors(path + (tree_util.SequenceKey(i),), c1, c2)
        return
    if isinstance(t1, dict):
        if len(t1) != len(t2) or sorted(t1) != sorted(t2):
            diff = " ".join(repr(k) for k in set(t1).symmetric_difference(set(t2)))
            n1, n2 = len(t1), len(t2)
            if n1 != n2:
                yield (path, f"{type(t1)} with {n1} child{'ren' if n1 > 1 else ''}",
                       f"{type(t2)} with {n2} child{'ren' if n2 > 1 else ''}",
                       "the numbers of children do not match" +
                       (diff and f", with the symmetric difference of key sets: {{{diff}}}"))
            else:
                yield (path, f"{type(t1)} with pytree metadata {tuple(sorted(t1))}",
                       f"{type(t2)} with pytree metadata {tuple(sorted(t2))}", "the pytree node metadata does not match")
            return
        for k in sorted(t1):
            yield from _equality_errors(path + (tree_util.DictKey(k),), t1[k], t2[k])
        return
    yield path, str(tree_util.tree_structure(t1)), str(tree_util.tree_structure(t2)), "their structures differ"


_LEAF_TYPE = type("LeafMeta", (type,), dict(__repr__=lambda _: "pytree leaf"))("Leaf", (), {})


def _leaf_placeholders(tree):
    return tree_util.tree_unflatten(tree, [_LEAF_TYPE() for _ in range(tree.num_leaves)])


def _leaf_paths(tree):
    return [p for p, _ in tree_util.tree_flatten_with_path(tree_util.tree_unflatten(
        tree, list(range(tree.num_leaves))))[0]]


def check_branch_outputs(api_name, name1, name2, f1, f2, tree1, types1, tree2, types2):
    """`check_branch_outputs`: the same pytree structure, then the same types, as JAX words it."""
    info1, info2 = _fun_sourceinfo(f1), _fun_sourceinfo(f2)
    paths = _leaf_paths(tree1)

    def component(p):
        return f" at path {tree_util.keystr(p)}" if p else ""

    if tree1 != tree2:
        diffs = [f"{name1} output{component(p)} is a {t1} but {name2} output{component(p)} is a {t2}, so {expl}"
                 for p, t1, t2, expl in _equality_errors((), _leaf_placeholders(tree1), _leaf_placeholders(tree2))]
        if not diffs:
            return
        if len(diffs) == 1:
            differences = f"{diffs[0]}.\n"
        else:
            differences = "\n".join(f"  * {d};\n" for d in diffs[:-1]) + f"  * {diffs[-1]}.\n"
        raise TypeError(
            f"{api_name} branch outputs must have the same pytree structure, but they differ:\n\n"
            f"{name1} is {info1}\n{name2} is {info2}\n\n{differences}\n"
            f"Revise {name1} and/or {name2} so that they have the same pytree structure.")
    if all(a.matches(b) for a, b in zip(types1, types2)):
        return
    diffs = [f"the output of {name1}{component(p)} has type {a1} but the corresponding output of {name2} "
             f"has type {a2}{_mismatch_extra(a1, a2)}"
             for p, a1, a2 in zip(paths, types1, types2) if not a1.matches(a2)]
    if len(diffs) == 1:
        differences = f"{_capitalize(diffs[0])}.\n"
    else:
        differences = "\n".join(f"  * {d};" for d in diffs[:-1]) + f"\n  * {diffs[-1]}.\n"
    raise TypeError(
        f"{api_name} branches must have equal output types but they differ.\n\n"
        f"{name1} is {info1}\n{name2} is {info2}\n\n{differences}\n"
        f"Revise {name1} and/or {name2} so that all output types match.")


def check_carry_type(name, body_fun, in_tree, in_types, out_tree, out_types):
    """`check_carry_type`: the body's carry output has the structure and types of its carry input."""
    try:
        sig = inspect.signature(body_fun)
    except (ValueError, TypeError):
        sig = None
    carry_name = sig and list(sig.parameters)[0]
    if carry_name:
        def component(p):
            return f"the input carry component {carry_name}{tree_util.keystr(p)}" if p else \
                f"the input carry {carry_name}"
    else:
        def component(p):
            return f"the input carry at path {tree_util.keystr(p)}" if p else "the input carry"
    if in_tree != out_tree:
        diffs = [f"{component(p)} is a {t1} but the corresponding component of the carry output is a {t2}, "
                 f"so {expl}"
                 for p, t1, t2, expl in _equality_errors((), tree_util.tree_unflatten(in_tree, in_types),
                                                         tree_util.tree_unflatten(out_tree, out_types))]
        if not diffs:
            return
        if len(diffs) == 1:
            differences = f"{_capitalize(diffs[0])}.\n"
        else:
            differences = "\n".join(f"  * {d};\n" for d in diffs[:-1]) + f"  * {diffs[-1]}.\n"
        raise TypeError(
            f"{name} function carry input and carry output must have the same pytree structure, but they "
            f"differ:\n\n{differences}\n"
            "Revise the function so that the carry output has the same pytree structure as the carry input.")
    if all(a.matches(b) for a, b in zip(in_types, out_types)):
        return
    diffs = [f"{component(p)} has type {a} but the corresponding output carry component has type {b}"
             f"{_mismatch_extra(a, b)}"
             for p, a, b in zip(_leaf_paths(in_tree), in_types, out_types) if not a.matches(b)]
    if len(diffs) == 1:
        differences = f"{_capitalize(diffs[0])}.\n"
    else:
        differences = "\n".join(f"  * {d};\n" for d in diffs[:-1]) + f"  * {diffs[-1]}.\n"
    raise TypeError(
        f"{name} function carry input and carry output must have equal types, but they differ:\n\n"
        f"{differences}\n"
        "Revise the function so that all output types match the corresponding input types.")


# The ShapedArray of a ShapedArray-like value, for the carry checks, which JAX runs on input avals.
class ShapedArrayLeaf(OutType):
    pass


ShapedArrayLeaf.__name__ = "ShapedArray"
ShapedArrayLeaf.__module__ = "jax._src.core"
ShapedArrayLeaf.__qualname__ = "ShapedArray"


def types_of(handles):
    out = []
    for h in handles:
        shape, dt, weak, _ = _E.info(h)
        short = f"{dt}[{','.join(str(d) for d in shape)}]"
        out.append(ShapedArrayLeaf([list(shape), dt, weak, short]))
    return out


def as_carry_types(types):
    return [ShapedArrayLeaf([list(t.shape), t.dtype, t.weak, t.short]) for t in types]


# ---- cond and switch ----
