"""sitrep for Python: news text to actors, locations, dates and incidents.

A thin ctypes binding of the C ABI (libsitrep_c); no compiled extension.

    import sitrep
    engine = sitrep.Engine()                       # embedded default dictionaries
    doc = engine.parse(text, date="2024-01-29")    # dict, the documented JSON contract
    for actor in doc["actors"]: ...

Offsets in results are UTF-8 byte offsets into the text (half-open), as in every
sitrep front end; `sitrep.byte_slice(text, start, end)` cuts a str by them.

Thread-safety: an Engine is immutable; share one across threads. ctypes releases
the GIL during each call, so parsing in a thread pool runs in parallel.

The shared library is found through $SITREP_LIBRARY, next to this package, in the
lib/ directory of the install prefix this package lives in, or on the system path.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Union

__all__ = ["Engine", "SitrepError", "Token", "Sentence", "Tokenization", "version", "byte_slice",
           "library_path"]

# Status codes of the C ABI (never renumbered).
OK = 0
E_NULL_ARGUMENT = -1
E_INVALID_ARGUMENT = -2
E_INVALID_UTF8 = -3
E_INPUT_TOO_LARGE = -4
E_OUT_OF_MEMORY = -5
E_IO = -6
E_BAD_DICTIONARY = -7
E_INTERNAL = -8
E_NUL_BYTE = -9
E_BAD_DATE = -10

TOKEN_KINDS = ("word", "number", "punctuation", "symbol", "url", "email", "invalid")


class SitrepError(Exception):
    """A failed sitrep call: `code` is the C status, `offset` a byte offset (text
    errors) or 1-based line (dictionary errors), or -1."""

    def __init__(self, code: int, offset: int, message: str):
        super().__init__(message)
        self.code = code
        self.offset = offset


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int32), ("offset", ctypes.c_int64), ("message", ctypes.c_char * 256)]


class _EngineOptions(ctypes.Structure):
    _fields_ = [("size", ctypes.c_uint32), ("bundle_path", ctypes.c_char_p),
                ("overlays", ctypes.POINTER(ctypes.c_char_p)), ("overlay_count", ctypes.c_uint32),
                ("max_document_bytes", ctypes.c_uint64)]


class _ParseOptions(ctypes.Structure):
    _fields_ = [("size", ctypes.c_uint32), ("year", ctypes.c_int32), ("month", ctypes.c_int32),
                ("day", ctypes.c_int32), ("id", ctypes.c_char_p), ("id_len", ctypes.c_size_t)]


def _candidates() -> Iterable[Path]:
    env = os.environ.get("SITREP_LIBRARY")
    if env:
        yield Path(env)
    here = Path(__file__).resolve().parent
    names = ("libsitrep_c.so", "libsitrep_c.dylib", "sitrep_c.dll")
    for name in names:
        yield here / name
    # <prefix>/lib*/python3/site-packages/sitrep -> <prefix>/lib*
    for up in (here.parent.parent.parent, here.parent.parent.parent.parent / "lib"):
        for name in names:
            yield up / name
    found = ctypes.util.find_library("sitrep_c")
    if found:
        yield Path(found)


def library_path() -> str:
    """The path of the sitrep C library this package loads."""
    for p in _candidates():
        if p.is_file():
            return str(p)
    raise OSError("libsitrep_c not found: set SITREP_LIBRARY to its path")


def _load() -> ctypes.CDLL:
    lib = ctypes.CDLL(library_path())
    c = ctypes
    sigs = {
        "sitrep_version_string": (c.c_char_p, []),
        "sitrep_version_number": (c.c_uint32, []),
        "sitrep_status_string": (c.c_char_p, [c.c_int32]),
        "sitrep_engine_options_init": (c.c_int32, [c.POINTER(_EngineOptions)]),
        "sitrep_engine_new": (c.c_int32, [c.POINTER(_EngineOptions), c.POINTER(c.c_void_p), c.POINTER(_Error)]),
        "sitrep_engine_free": (None, [c.c_void_p]),
        "sitrep_tokenize": (c.c_int32, [c.c_void_p, c.c_char_p, c.c_size_t, c.POINTER(c.c_void_p), c.POINTER(_Error)]),
        "sitrep_tokens_free": (None, [c.c_void_p]),
        "sitrep_tokens_count": (c.c_uint32, [c.c_void_p]),
        "sitrep_tokens_sentence_count": (c.c_uint32, [c.c_void_p]),
        "sitrep_tokens_get": (c.c_int32, [c.c_void_p, c.c_uint32] + [c.POINTER(c.c_uint32)] * 4),
        "sitrep_tokens_sentence_get": (c.c_int32, [c.c_void_p, c.c_uint32] + [c.POINTER(c.c_uint32)] * 4),
        "sitrep_parse_options_init": (c.c_int32, [c.POINTER(_ParseOptions)]),
        "sitrep_parse": (c.c_int32, [c.c_void_p, c.c_char_p, c.c_size_t, c.POINTER(_ParseOptions),
                                     c.POINTER(c.c_void_p), c.POINTER(_Error)]),
        "sitrep_result_free": (None, [c.c_void_p]),
        "sitrep_result_json": (c.c_int32, [c.c_void_p, c.POINTER(c.c_void_p), c.POINTER(c.c_size_t)]),
    }
    for name, (restype, argtypes) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


_lib: Optional[ctypes.CDLL] = None


def _c() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        _lib = _load()
    return _lib


def version() -> str:
    """The C library's version string, "MAJOR.MINOR.PATCH"."""
    return _c().sitrep_version_string().decode()


def _raise(status: int, err: _Error):
    message = err.message.decode("utf-8", "replace") or _c().sitrep_status_string(status).decode()
    raise SitrepError(status, int(err.offset), message)


def _as_bytes(text: Union[str, bytes]) -> bytes:
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def byte_slice(text: Union[str, bytes], start: int, end: int) -> str:
    """text[start:end] by UTF-8 byte offsets, as a str."""
    return _as_bytes(text)[start:end].decode("utf-8", "replace")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    kind: str
    flags: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    first_token: int
    last_token: int
    text: str


@dataclass(frozen=True)
class Tokenization:
    tokens: list
    sentences: list


class Engine:
    """A loaded sitrep engine. Immutable and safe to share across threads.

    bundle: a dictionary bundle file instead of the embedded default.
    overlays: dictionary source files (TSV or PETRARCH) laid over the bundle.
    max_document_bytes: per-article size limit (0 = the absolute 4 GiB limit).
    """

    def __init__(self, bundle: Optional[str] = None, overlays: Iterable[str] = (),
                 max_document_bytes: Optional[int] = None):
        lib = _c()
        opts = _EngineOptions()
        lib.sitrep_engine_options_init(ctypes.byref(opts))
        self._keep = []
        if bundle is not None:
            b = os.fsencode(bundle)
            self._keep.append(b)
            opts.bundle_path = b
        paths = [os.fsencode(p) for p in overlays]
        if paths:
            arr = (ctypes.c_char_p * len(paths))(*paths)
            self._keep.append(arr)
            opts.overlays = ctypes.cast(arr, ctypes.POINTER(ctypes.c_char_p))
            opts.overlay_count = len(paths)
        if max_document_bytes is not None:
            opts.max_document_bytes = max_document_bytes
        handle = ctypes.c_void_p()
        err = _Error()
        status = lib.sitrep_engine_new(ctypes.byref(opts), ctypes.byref(handle), ctypes.byref(err))
        if status != OK:
            _raise(status, err)
        self._handle = handle

    def close(self) -> None:
        """Releases the engine now (also done when it is garbage-collected)."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle and _lib is not None:
            _lib.sitrep_engine_free(handle)

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _check_open(self):
        if not self._handle:
            raise ValueError("engine is closed")

    def parse(self, text: Union[str, bytes], date: Optional[str] = None, id: Optional[str] = None) -> dict:
        """Parses one article into the contract's document dict (actors, locations,
        dates, incidents). `date` is the publication date "YYYY-MM-DD"."""
        self._check_open()
        lib = _c()
        data = _as_bytes(text)
        opts = _ParseOptions()
        lib.sitrep_parse_options_init(ctypes.byref(opts))
        if date is not None:
            try:
                y, m, d = (int(x) for x in date.split("-"))
            except ValueError:
                raise SitrepError(E_BAD_DATE, -1, f"date must be YYYY-MM-DD, got {date!r}") from None
            opts.year, opts.month, opts.day = y, m, d
        if id is not None:
            idb = id.encode("utf-8")
            opts.id, opts.id_len = idb, len(idb)
        result = ctypes.c_void_p()
        err = _Error()
        status = lib.sitrep_parse(self._handle, data, len(data), ctypes.byref(opts), ctypes.byref(result),
                                  ctypes.byref(err))
        if status != OK:
            _raise(status, err)
        try:
            ptr, size = ctypes.c_void_p(), ctypes.c_size_t()
            lib.sitrep_result_json(result, ctypes.byref(ptr), ctypes.byref(size))
            return json.loads(ctypes.string_at(ptr, size.value).decode("utf-8"))
        finally:
            lib.sitrep_result_free(result)

    def tokenize(self, text: Union[str, bytes]) -> Tokenization:
        """Tokens and sentences with byte spans. Never fails on content: invalid
        UTF-8 becomes tokens of kind "invalid"."""
        self._check_open()
        lib = _c()
        data = _as_bytes(text)
        handle = ctypes.c_void_p()
        err = _Error()
        status = lib.sitrep_tokenize(self._handle, data, len(data), ctypes.byref(handle), ctypes.byref(err))
        if status != OK:
            _raise(status, err)
        try:
            a, b, c, d = (ctypes.c_uint32() for _ in range(4))
            refs = [ctypes.byref(x) for x in (a, b, c, d)]
            tokens = []
            for i in range(lib.sitrep_tokens_count(handle)):
                lib.sitrep_tokens_get(handle, i, *refs)
                tokens.append(Token(a.value, b.value, TOKEN_KINDS[c.value], d.value,
                                    data[a.value:b.value].decode("utf-8", "replace")))
            sentences = []
            for i in range(lib.sitrep_tokens_sentence_count(handle)):
                lib.sitrep_tokens_sentence_get(handle, i, *refs)
                sentences.append(Sentence(a.value, b.value, c.value, d.value,
                                          data[a.value:b.value].decode("utf-8", "replace")))
            return Tokenization(tokens, sentences)
        finally:
            lib.sitrep_tokens_free(handle)
