"""Writes the head as ONNX (opset 17) with onnx.helper: the same function as :func:`model.apply_full`."""
from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from features import EMBEDDING, FEATURES, F_HAS_VALUE, F_VALUE, SCALARS
from model import value_mask


def build_onnx(params: dict, doc: str = "") -> onnx.ModelProto:
    p = {k: np.asarray(v, np.float32) for k, v in params.items()}
    p["W1"] = p["W1"] * value_mask()  # the value feature never enters the trunk
    inits = []

    def const(name, arr, dtype=None):
        arr = np.asarray(arr, dtype=dtype or np.float32)
        inits.append(numpy_helper.from_array(arr, name))
        return name

    for k in ("W1", "b1", "W2", "b2", "Wh", "bh", "bz", "Wc", "bc", "T1", "t1", "T2", "t2"):
        const(k, p[k])
    i64 = np.int64
    const("half", np.array(0.5, np.float32))
    const("one", np.array(1.0, np.float32))
    const("big", np.array(1e9, np.float32))
    for name, v in {"s_val": [F_VALUE], "e_val": [F_VALUE + 1], "s_has": [F_HAS_VALUE], "e_has": [F_HAS_VALUE + 1],
                    "s_emb": [SCALARS], "e_emb": [SCALARS + EMBEDDING], "ax2": [2], "ax1": [1], "ax_m1": [-1],
                    "sp4": [4, 4, 4, 4], "sp14": [14, 14]}.items():
        const(name, np.array(v, i64), i64)

    n = helper.make_node
    nodes = [
        # trunk
        n("MatMul", ["features", "W1"], ["x1"]), n("Add", ["x1", "b1"], ["x1b"]), n("Relu", ["x1b"], ["h"]),
        n("MatMul", ["h", "W2"], ["x2"]), n("Add", ["x2", "b2"], ["x2b"]), n("Relu", ["x2b"], ["h2"]),
        n("MatMul", ["h2", "Wh"], ["o1"]), n("Add", ["o1", "bh"], ["o"]),
        n("Split", ["o", "sp4"], ["g", "k", "a", "unused"], axis=2),
        # value term
        n("Slice", ["features", "s_val", "e_val", "ax2"], ["value"]),
        n("Slice", ["features", "s_has", "e_has", "ax2"], ["has_value"]),
        n("Softplus", ["k"], ["slope"]), n("Sub", ["value", "half"], ["centred"]),
        n("Mul", ["slope", "centred"], ["sv"]), n("Mul", ["sv", "has_value"], ["svh"]), n("Add", ["g", "svh"], ["v"]),
        # masked softmax over the rows
        n("Unsqueeze", ["mask", "ax_m1"], ["m3"]),
        n("Sub", ["m3", "one"], ["m3m1"]), n("Mul", ["m3m1", "big"], ["neg"]), n("Add", ["a", "neg"], ["am"]),
        n("Softmax", ["am"], ["w0"], axis=1), n("Mul", ["w0", "m3"], ["w"]),
        n("Mul", ["w", "v"], ["wv"]), n("Mul", ["wv", "m3"], ["terms"]),
        n("ReduceSum", ["terms", "ax1"], ["zsum"], keepdims=0), n("Add", ["zsum", "bz"], ["logits"]),
        # confidence
        n("MatMul", ["h2", "Wc"], ["c1"]), n("Mul", ["c1", "m3"], ["c1m"]),
        n("ReduceSum", ["c1m", "ax1"], ["csum"], keepdims=0), n("Add", ["csum", "bc"], ["cz"]),
        n("Sigmoid", ["cz"], ["confidence"]),
        # themes on the answer-text embedding
        n("Slice", ["features", "s_emb", "e_emb", "ax2"], ["emb"]),
        n("MatMul", ["emb", "T1"], ["ta"]), n("Add", ["ta", "t1"], ["tab"]), n("Relu", ["tab"], ["th"]),
        n("MatMul", ["th", "T2"], ["tb"]), n("Add", ["tb", "t2"], ["tz"]),
        n("Split", ["tz", "sp14"], ["tz_p", "tz_q"], axis=2),
        n("Sigmoid", ["tz_p"], ["themes"]), n("Tanh", ["tz_q"], ["polarity"]),
    ]
    B, A = "batch", "answers"
    inputs = [helper.make_tensor_value_info("features", TensorProto.FLOAT, [B, A, FEATURES]),
              helper.make_tensor_value_info("mask", TensorProto.FLOAT, [B, A])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [B, 4]),
               helper.make_tensor_value_info("terms", TensorProto.FLOAT, [B, A, 4]),
               helper.make_tensor_value_info("confidence", TensorProto.FLOAT, [B, 4]),
               helper.make_tensor_value_info("themes", TensorProto.FLOAT, [B, A, 14]),
               helper.make_tensor_value_info("polarity", TensorProto.FLOAT, [B, A, 14])]
    graph = helper.make_graph(nodes, "oes_head", inputs, outputs, inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="oes models/head",
                          doc_string=doc)
    m.ir_version = 8
    onnx.checker.check_model(m, full_check=True)
    return m


def save(model: onnx.ModelProto, path, calibration: dict | None = None) -> None:
    """Writes the model; ``calibration`` (calibrate.fit) goes into its metadata as JSON under ``oes.calibration``,
    where oes-core reads it."""
    if calibration is not None:
        import json
        from calibrate import KEY
        model = onnx.ModelProto.FromString(model.SerializeToString())
        onnx.helper.set_model_props(model, {KEY: json.dumps(calibration, sort_keys=True, separators=(",", ":"))})
    data = model.SerializeToString(deterministic=True)
    with open(path, "wb") as f:
        f.write(data)
