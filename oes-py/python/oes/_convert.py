"""Turns array-likes into what the extension reads fast: a C-contiguous 1-D NumPy array of a native integer, boolean
or float dtype (read as a Rust slice, without a Python object per element), or else a list.

The extension calls these for anything that is not a list or a tuple. NumPy is never imported here: an object can
only be a NumPy array (or a pandas or polars Series) if the library that made it is already loaded.
"""

from __future__ import annotations

import sys
from typing import Any

from ._oes import ParameterError


def _module_of(values: Any) -> str:
    return type(values).__module__ or ""


def _from_series(values: Any, np: Any) -> Any:
    """A pandas or polars Series as a NumPy array, with missing values as NaN (numbers) or None (anything else)."""
    module = _module_of(values)
    if module.startswith("pandas") and hasattr(values, "to_numpy") and hasattr(values, "dtype"):
        dtype = values.dtype
        if isinstance(dtype, np.dtype):
            return values.to_numpy()
        categories = getattr(getattr(values, "cat", None), "categories", None) if dtype.name == "category" else None
        if categories is not None and categories.dtype.kind in "iuf":
            # A categorical of numbers: its codes index its categories (code -1 is a missing value), in NumPy.
            lookup = np.append(categories.to_numpy(dtype="float64"), np.nan)
            return lookup[values.cat.codes.to_numpy()]
        # A nullable extension dtype (Int64, Float64, boolean, ...): NA becomes NaN or None.
        if getattr(dtype, "kind", "O") in "iuf":
            return values.to_numpy(dtype="float64", na_value=np.nan)
        return values.to_numpy(dtype=object, na_value=None)
    if module.startswith("polars") and hasattr(values, "to_numpy"):
        # Integers with nulls come back as floats with NaN, booleans with nulls as objects with None.
        return values.to_numpy()
    return values


def _native(arr: Any) -> Any:
    return arr if arr.dtype.isnative else arr.astype(arr.dtype.newbyteorder("="))


def _not_text(values: Any, what: str) -> None:
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{what} must be a sequence of numbers, not {type(values).__name__}")


def _unmasked(values: Any, np: Any) -> Any:
    """A NumPy masked array with its masked elements as skipped answers (NaN, or None for booleans)."""
    if not isinstance(values, np.ma.MaskedArray):
        return values
    if not np.ma.is_masked(values):
        return values.data
    if values.dtype.kind == "b":
        return np.array([None if m else bool(v) for v, m in zip(values.data, np.ma.getmaskarray(values))], dtype=object)
    if values.dtype.kind in "iuf":
        return values.astype(np.float64).filled(np.nan)
    return values.astype(object).filled(None)


def column(values: Any) -> Any:
    """Answers: a C-contiguous array of a supported dtype, or a list (None, NaN and masked elements are skipped
    answers)."""
    _not_text(values, "values")
    np = sys.modules.get("numpy")
    if np is None:
        return list(values)
    values = _unmasked(_from_series(values, np), np)
    if not isinstance(values, np.ndarray) and hasattr(values, "__array__"):
        values = np.asarray(values)
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            raise ParameterError(f"invalid scores: expected a one-dimensional array, got shape {values.shape}")
        kind = values.dtype.kind
        if kind in "biu":
            return np.ascontiguousarray(_native(values))
        if kind == "f":
            if values.dtype.itemsize not in (4, 8):
                values = values.astype(np.float64)
            return np.ascontiguousarray(_native(values))
        return values.tolist()
    return list(values)


def weights(values: Any) -> Any:
    """Weights: a C-contiguous float64 array, or a list."""
    _not_text(values, "weights")
    np = sys.modules.get("numpy")
    if np is None:
        return list(values)
    values = _from_series(values, np)
    if isinstance(values, np.ma.MaskedArray) and np.ma.is_masked(values):
        raise ParameterError("invalid weights: a masked array with masked elements (give every answer a weight)")
    if isinstance(values, np.ndarray) or hasattr(values, "__array__"):
        arr = np.asarray(values)
        if arr.ndim != 1:
            raise ParameterError(f"invalid weights: expected a one-dimensional array, got shape {arr.shape}")
        if arr.dtype.kind in "biuf":
            return np.ascontiguousarray(arr, dtype=np.float64)
        return arr.tolist()
    return list(values)
