"""The OES head in JAX: a set network over the rows of one response (``docs/oes-model.md``, "Head").

Per row (features x, 792 wide, with the value feature 16 left out of the trunk):

    h  = relu(W1 x + b1)                      (H1 = 128)
    h2 = relu(W2 h + b2)                      (H2 = 64)
    v_p = g_p(h2) + softplus(k_p(h2)) * (x16 - 0.5) * x15     value term, non-decreasing in the value x16
    a_p = A_p(h2)                             attention logit (does not see x16)
    w   = masked softmax of a over the rows, per perspective
    terms = w * v * mask ;  z_p = b_p + sum_rows terms ;  score = 10 sigmoid(z)
    confidence_p = sigmoid(c_p + sum_rows mask * s_p(h2))
    themes = sigmoid(T2 relu(T1 e + t1) + t2)[:14], polarity = tanh(...)[14:]   on the answer-text embedding e only

``g, k, A, s`` are one 64 x 16 matrix (columns 0-3, 4-7, 8-11, 12-15). Training feeds compact inputs (scalars and
two indices into an embedding table); :func:`apply_full` takes the 792-wide rows that the ONNX file takes, and is what
the export is checked against.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from features import EMBEDDING, FEATURES, SCALARS, F_HAS_VALUE, F_VALUE

H1, H2, HT = 128, 64, 64
NEG = -1e9


def init_params(key, h1=H1, h2=H2, ht=HT) -> dict:
    ks = jax.random.split(key, 8)

    def dense(k, n_in, n_out, scale=1.0):
        return (jax.random.normal(k, (n_in, n_out), jnp.float32) * scale * np.sqrt(2.0 / n_in)).astype(jnp.float32)

    return {
        "W1": dense(ks[0], FEATURES, h1), "b1": jnp.zeros((h1,), jnp.float32),
        "W2": dense(ks[1], h1, h2), "b2": jnp.zeros((h2,), jnp.float32),
        "Wh": dense(ks[2], h2, 16, 0.1), "bh": jnp.zeros((16,), jnp.float32),
        "bz": jnp.zeros((4,), jnp.float32),  # logits bias b_p (set to the training mean logit before training)
        "Wc": jnp.zeros((h2, 4), jnp.float32), "bc": jnp.zeros((4,), jnp.float32),  # confidence s_p, c_p
        "T1": dense(ks[3], EMBEDDING, ht), "t1": jnp.zeros((ht,), jnp.float32),
        "T2": dense(ks[4], ht, 28, 0.5), "t2": jnp.zeros((28,), jnp.float32),
    }


def value_mask() -> np.ndarray:
    """1 everywhere but the value feature (its W1 row is forced to zero)."""
    m = np.ones((FEATURES, 1), np.float32)
    m[F_VALUE] = 0.0
    return m


_VMASK = value_mask()


def _heads(params, h2, value, has_value, mask):
    o = h2 @ params["Wh"] + params["bh"]
    g, k, a, _ = o[..., 0:4], o[..., 4:8], o[..., 8:12], o[..., 12:16]
    v = g + jax.nn.softplus(k) * (value - 0.5) * has_value
    m3 = mask[..., None]
    am = a + (m3 - 1.0) * 1e9
    w = jax.nn.softmax(am, axis=-2) * m3
    terms = w * v * m3
    logits = params["bz"] + terms.sum(axis=-2)
    conf_row = jax.lax.stop_gradient(h2) @ params["Wc"]
    confidence = jax.nn.sigmoid(params["bc"] + (conf_row * m3).sum(axis=-2))
    return logits, terms, confidence


def _themes(params, e):
    t = jax.nn.relu(e @ params["T1"] + params["t1"]) @ params["T2"] + params["t2"]
    return jax.nn.sigmoid(t[..., :14]), jnp.tanh(t[..., 14:])


def apply_full(params, X, mask) -> dict:
    """Outputs of the head for features [B, A, 792] and mask [B, A] (the ONNX file's function)."""
    W1 = params["W1"] * _VMASK
    h = jax.nn.relu(X @ W1 + params["b1"])
    h2 = jax.nn.relu(h @ params["W2"] + params["b2"])
    logits, terms, confidence = _heads(params, h2, X[..., F_VALUE:F_VALUE + 1], X[..., F_HAS_VALUE:F_HAS_VALUE + 1],
                                       mask)
    themes, polarity = _themes(params, X[..., SCALARS:SCALARS + EMBEDDING])
    return {"logits": logits, "terms": terms, "confidence": confidence, "themes": themes, "polarity": polarity}


def trunk_compact(params, S, Ea, Eq, drop_key=None, drop_rate=0.0):
    """h2 from scalars [.., 24] and the two embeddings [.., 384] (= apply_full's trunk on the concatenated row)."""
    W1 = params["W1"] * _VMASK
    if drop_key is not None and drop_rate > 0:
        k1, k2 = jax.random.split(drop_key)
        keep = 1.0 - drop_rate
        Ea = Ea * jax.random.bernoulli(k1, keep, Ea.shape) / keep
        Eq = Eq * jax.random.bernoulli(k2, keep, Eq.shape) / keep
    pre = S @ W1[:SCALARS] + Ea @ W1[SCALARS:SCALARS + EMBEDDING] + Eq @ W1[SCALARS + EMBEDDING:] + params["b1"]
    h = jax.nn.relu(pre)
    return jax.nn.relu(h @ params["W2"] + params["b2"])


def apply_compact(params, S, Ea, Eq, mask, drop_key=None, drop_rate=0.0):
    h2 = trunk_compact(params, S, Ea, Eq, drop_key, drop_rate)
    logits, terms, confidence = _heads(params, h2, S[..., F_VALUE:F_VALUE + 1], S[..., F_HAS_VALUE:F_HAS_VALUE + 1],
                                       mask)
    return logits, terms, confidence, h2


def count_params(params) -> int:
    return int(sum(np.prod(np.shape(v)) for v in params.values()))


def to_numpy(params) -> dict:
    return {k: np.asarray(v, dtype=np.float32) for k, v in params.items()}
