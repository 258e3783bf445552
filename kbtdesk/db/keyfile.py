"""The log's data key, wrapped by a key derived from the passphrase.

The log is encrypted with a random 256-bit SQLCipher key. That key never reaches disk in the clear:
the key file beside the log holds it wrapped (AES-256-GCM) by a key derived from the passphrase
with Argon2id. More wraps (a recovery code) can be added, and changing the passphrase re-wraps the
key without rewriting the log.

A key file is read as untrusted input (issue 12.8): its structure is checked field by field (type,
length, range) and its SHA-256 checksum compared before anything is derived, and the Argon2id cost
it asks for must not exceed what kbtdesk itself writes (`MAX_KDF`): a damaged or hostile file is
"damaged", never a traceback, a hang or "wrong passphrase". Only one file is read or written
here; keeping every copy of it in step (the backups' key files) is kbtdesk.db.keystore's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from kbtdesk.base.files import write_atomically
from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message

# cryptography (AES-GCM, Argon2id, HKDF) is imported in the functions that use it: with its own
# OpenSSL it is ≈10 ms that a start unlocked with a raw key (and the unlock dialog's first paint)
# would otherwise wait for.

KEY_FORMAT = "kbtdesk-key"
KEY_FORMAT_VERSION = 1
MIN_PASSPHRASE_LENGTH = 10
#: A key file is a few hundred bytes; anything much bigger is not one (and is not parsed).
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_WRAPS = 8


class KeyFileError(Exception):
    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class WrongPassphrase(KeyFileError):
    def __init__(self) -> None:
        super().__init__(Message("Unlock", QT_TRANSLATE_NOOP("Unlock", "Wrong passphrase. Nothing was changed.")))


class WrongRecoveryCode(KeyFileError):
    def __init__(self) -> None:
        super().__init__(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "That recovery code does not open this log. Nothing was changed.")))


class NoRecoveryCode(KeyFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} has no recovery code."), {"path": str(path)}))


class DamagedKeyFile(KeyFileError):
    """The file is not a whole key file: the passphrase was not tried. `detail` says what is wrong."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} is damaged ({detail}); the passphrase was not tried. Every "
                      "backup has a copy of its key file beside it (the backup's name + .key)."),
            {"path": str(path), "detail": detail}))
        self.path = Path(path)
        self.detail = detail


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.2 s on a 2-core machine: slow to guess, quick to unlock."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


#: Cheap parameters for tests only; never used by the program itself.
TEST_KDF = KdfParams(iterations=1, memory_kib=8, lanes=1)
#: The most a key file may ask for: what kbtdesk itself writes. A file asking for more (2^31
#: passes would hang the unlock for hours) is refused as damaged without running the KDF.
MAX_KDF = KdfParams()

_SALT_BYTES, _NONCE_BYTES, _WRAPPED_BYTES = 16, 12, 32 + 16  # the data key and GCM's tag


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf_sha256(key_material: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    """HKDF with SHA-256 (RFC 5869), cryptography's: extract with `salt` (None: zeros), expand with `info`."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key_material)


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(secret.encode("utf-8", "surrogatepass"))


def passphrase_problem(passphrase: str, repeated: str | None = None) -> Message | None:
    """Why a new passphrase is not acceptable, or None (length only; the strength is
    kbtdesk.core.keys.new_passphrase_problem's, which calls this first)."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Message(
            "Unlock",
            QT_TRANSLATE_NOOP("Unlock", "The passphrase must have at least {n} characters."),
            {"n": MIN_PASSPHRASE_LENGTH},
        )
    if repeated is not None and repeated != passphrase:
        return Message("Unlock", QT_TRANSLATE_NOOP("Unlock", "The two passphrases are not the same."))
    return None


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def key_id(data_key: bytes) -> str:
    """A public name of the data key (HKDF of it: tells nothing about the key): which key files
    and backups belong together, without unwrapping anything."""
    return hkdf_sha256(data_key, salt=None, info=b"kbtdesk key id v1", length=16).hex()


def _wrap(kind: str, secret: str, data_key: bytes, kdf: KdfParams) -> dict:
    salt = secrets.token_bytes(_SALT_BYTES)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    wrapped = _aesgcm(_derive(secret, salt, kdf)).encrypt(nonce, data_key, _aad(kind))
    return {"kind": kind, "kdf": {"name": "argon2id", "salt": _b64(salt), **asdict(kdf)},
            "nonce": _b64(nonce), "key": _b64(wrapped)}


# -- recovery code ----------------------------------------------------------------------------
#
# 25 random bytes shown once as 40 base32 characters in 8 groups of 5 (200 bits). It wraps the
# same data key as the passphrase, through HKDF-SHA256 rather than Argon2id: a slow KDF buys
# about 20 bits against guessing (0.2 s ≈ 2^20 hashes), which matters for a human passphrase and
# not at all for 200 random bits, so the code unlocks instantly and needs no 64 MiB.

RECOVERY_BYTES = 25
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# What people misread when they copy the code by hand.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_code() -> str:
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def normalise_recovery_code(code: str) -> str | None:
    """The 40 base32 characters of a code as typed (any case, spaces, dashes), or None."""
    compact = "".join(ch for ch in code.upper() if ch not in " -\t\n").translate(_LOOKALIKES)
    if len(compact) != RECOVERY_BYTES * 8 // 5 or any(ch not in _BASE32 for ch in compact):
        return None
    return compact


def _recovery_key(code: str, salt: bytes) -> bytes:
    return hkdf_sha256(code.encode("ascii"), salt=salt, info=b"kbtdesk recovery code v1")


def _recovery_wrap(code: str, data_key: bytes) -> dict:
    compact = normalise_recovery_code(code)
    assert compact is not None
    salt, nonce = secrets.token_bytes(_SALT_BYTES), secrets.token_bytes(_NONCE_BYTES)
    wrapped = _aesgcm(_recovery_key(compact, salt)).encrypt(nonce, data_key, _aad("recovery"))
    return {"kind": "recovery", "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
            "nonce": _b64(nonce), "key": _b64(wrapped)}


def audit_key(data_key: bytes) -> bytes:
    """The HMAC key of the audit chain: without the data key nobody can recompute the chain."""
    return hkdf_sha256(data_key, salt=None, info=b"kbtdesk audit chain v1")


def same_key(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def _aad(kind: str) -> bytes:
    return f"{KEY_FORMAT}/{KEY_FORMAT_VERSION}/{kind}".encode("ascii")


# -- the document -----------------------------------------------------------------------------

_TOP_FIELDS = {"format", "version", "cipher", "wraps"}
_OPTIONAL_TOP_FIELDS = {"key_id", "checksum"}
_WRAP_FIELDS = {"kind", "kdf", "nonce", "key"}
_KDF_FIELDS = {"argon2id": {"name", "salt", "iterations", "memory_kib", "lanes"},
               "hkdf-sha256": {"name", "salt"}}
_KIND_KDF = {"passphrase": "argon2id", "recovery": "hkdf-sha256"}


def _checksum(doc: dict) -> str:
    """SHA-256 over the canonical JSON of everything but the checksum: a flipped byte anywhere that
    changes what the file says is caught before the passphrase is tried (so it is never taken
    for a wrong passphrase). Not a secret: it guards against damage, the GCM tags against forgery."""
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=True).encode("ascii")).hexdigest()


def encode(doc: dict) -> bytes:
    """The file's bytes for `doc`, with its checksum."""
    doc = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = _checksum(doc)
    return json.dumps(doc, indent=2, ensure_ascii=True).encode("ascii") + b"\n"


def document(wraps: list[dict], data_key: bytes) -> dict:
    return {"format": KEY_FORMAT, "version": KEY_FORMAT_VERSION, "cipher": "sqlcipher4",
            "key_id": key_id(data_key), "wraps": wraps}


def _no_duplicates(pairs):
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        raise ValueError("a field appears twice")
    return dict(pairs)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _b64_field(where: dict, name: str, length: int, label: str) -> None:
    value = where.get(name)
    if not isinstance(value, str) or len(value) > 4 * length:
        raise ValueError(f"{label}.{name} is not base64 text")
    try:
        raw = _unb64(value)
    except ValueError:
        raise ValueError(f"{label}.{name} is not base64") from None
    if len(raw) != length:
        raise ValueError(f"{label}.{name} has {len(raw)} bytes, not {length}")


def _check_fields(where: dict, required: set[str], label: str, optional: frozenset | set = frozenset()) -> None:
    missing = sorted(required - where.keys())
    extra = sorted(where.keys() - required - optional)
    if missing:
        raise ValueError(f"{label} lacks {', '.join(missing)}")
    if extra:
        raise ValueError(f"{label} has unknown field {extra[0][:40]!r}")


def kdf_params(kdf: dict) -> KdfParams:
    """The Argon2id cost a (checked) wrap asks for."""
    return KdfParams(kdf["iterations"], kdf["memory_kib"], kdf["lanes"])


def _check_wrap(wrap, n: int) -> None:
    label = f"wraps[{n}]"
    if not isinstance(wrap, dict):
        raise ValueError(f"{label} is not an object")
    _check_fields(wrap, _WRAP_FIELDS, label)
    kind = wrap["kind"]
    if kind not in _KIND_KDF:
        raise ValueError(f"{label}.kind is not passphrase or recovery")
    kdf = wrap["kdf"]
    if not isinstance(kdf, dict):
        raise ValueError(f"{label}.kdf is not an object")
    if kdf.get("name") != _KIND_KDF[kind]:
        raise ValueError(f"{label}.kdf.name is not {_KIND_KDF[kind]}")
    _check_fields(kdf, _KDF_FIELDS[kdf["name"]], f"{label}.kdf")
    _b64_field(kdf, "salt", _SALT_BYTES, f"{label}.kdf")
    _b64_field(wrap, "nonce", _NONCE_BYTES, label)
    _b64_field(wrap, "key", _WRAPPED_BYTES, label)
    if kdf["name"] == "argon2id":
        for name in ("iterations", "memory_kib", "lanes"):
            if not _is_int(kdf[name]) or kdf[name] < 1:
                raise ValueError(f"{label}.kdf.{name} is not a positive whole number")
        cost = kdf_params(kdf)
        if cost.iterations > MAX_KDF.iterations or cost.memory_kib > MAX_KDF.memory_kib \
                or cost.lanes > MAX_KDF.lanes:
            raise ValueError(f"{label}.kdf asks for more than kbtdesk writes ({cost.iterations} passes, "
                             f"{cost.memory_kib} KiB, {cost.lanes} lanes)")
        if cost.memory_kib < 8 * cost.lanes:
            raise ValueError(f"{label}.kdf.memory_kib is below 8 KiB per lane")


def check_document(doc) -> dict:
    """`doc` as a key file's content, or ValueError naming the first thing wrong with it."""
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
        raise ValueError("not a kbtdesk key file")
    _check_fields(doc, _TOP_FIELDS, "the file", _OPTIONAL_TOP_FIELDS)
    if doc["cipher"] != "sqlcipher4":
        raise ValueError("cipher is not sqlcipher4")
    if "checksum" in doc and (not isinstance(doc["checksum"], str)
                              or not hmac.compare_digest(doc["checksum"], _checksum(doc))):
        raise ValueError("its checksum does not match its content")
    if "key_id" in doc and (not isinstance(doc["key_id"], str) or len(doc["key_id"]) != 32
                            or any(ch not in "0123456789abcdef" for ch in doc["key_id"])):
        raise ValueError("key_id is not 32 hex digits")
    wraps = doc["wraps"]
    if not isinstance(wraps, list) or not 0 < len(wraps) <= MAX_WRAPS:
        raise ValueError(f"wraps is not a list of 1 to {MAX_WRAPS} wraps")
    for n, wrap in enumerate(wraps):
        _check_wrap(wrap, n)
    kinds = [w["kind"] for w in wraps]
    if kinds.count("passphrase") != 1 or kinds.count("recovery") > 1:
        raise ValueError("wraps does not hold one passphrase wrap and at most one recovery wrap")
    return doc


def parse(data: bytes, path: Path) -> dict:
    """A key file's bytes as a checked document; KeyFileError (never anything else) otherwise."""
    not_ours = KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
        "Unlock", "{path} is not a kbtdesk key file."), {"path": str(path)}))
    # What only a key file holds: a file with any of it is a damaged key file, not another file.
    ours = any(mark in data for mark in (b"kbtdesk-k", b"-key\"", b'"wraps"', b"argon2id", b"hkdf-sha256"))
    if len(data) > MAX_KEY_FILE_BYTES:
        raise DamagedKeyFile(path, f"{len(data):,} bytes, far more than a key file holds")
    try:
        doc = json.loads(data, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        raise (DamagedKeyFile(path, "it is not valid JSON") if ours else not_ours) from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
        raise DamagedKeyFile(path, "it does not say it is a kbtdesk key file") if ours else not_ours
    if _is_int(doc.get("version")) and doc["version"] > KEY_FORMAT_VERSION:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it."),
            {"path": str(path)}))
    if doc.get("version") != KEY_FORMAT_VERSION:
        raise DamagedKeyFile(path, "version is not 1")
    try:
        return check_document(doc)
    except ValueError as exc:
        raise DamagedKeyFile(path, str(exc)) from None


def read(path: Path) -> dict:
    """The checked document of the key file at `path`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} is missing: the log cannot be opened without it."),
            {"path": str(path)})) from None
    except OSError as exc:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} cannot be read ({reason})."),
            {"path": str(path), "reason": exc.strerror or str(exc)})) from None
    return parse(data, path)


def _wrap_of(doc: dict, kind: str) -> dict | None:
    return next((w for w in doc["wraps"] if w["kind"] == kind), None)


def open_with_passphrase(doc: dict, path: Path, passphrase: str) -> bytes:
    """The data key a checked document wraps for `passphrase`, or WrongPassphrase."""
    from cryptography.exceptions import InvalidTag

    wrap = _wrap_of(doc, "passphrase")
    assert wrap is not None  # check_document holds it
    kdf = wrap["kdf"]
    key = _derive(passphrase, _unb64(kdf["salt"]), kdf_params(kdf))
    try:
        data_key = _aesgcm(key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["key"]), _aad("passphrase"))
    except InvalidTag:
        raise WrongPassphrase() from None
    if "key_id" in doc and not hmac.compare_digest(doc["key_id"], key_id(data_key)):
        raise DamagedKeyFile(path, "key_id does not belong to the key it wraps")
    return data_key


def open_with_recovery_code(doc: dict, path: Path, code: str) -> bytes:
    """The data key a checked document wraps for the recovery `code`, or WrongRecoveryCode."""
    from cryptography.exceptions import InvalidTag

    wrap = _wrap_of(doc, "recovery")
    if wrap is None:
        raise NoRecoveryCode(path)
    compact = normalise_recovery_code(code)
    if compact is None:
        raise WrongRecoveryCode()
    key = _recovery_key(compact, _unb64(wrap["kdf"]["salt"]))
    try:
        data_key = _aesgcm(key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["key"]), _aad("recovery"))
    except InvalidTag:
        raise WrongRecoveryCode() from None
    if "key_id" in doc and not hmac.compare_digest(doc["key_id"], key_id(data_key)):
        raise DamagedKeyFile(path, "key_id does not belong to the key it wraps")
    return data_key


def has_recovery_code(path: Path) -> bool:
    return _wrap_of(read(path), "recovery") is not None


def unwrap_data_key(path: Path, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase (DamagedKeyFile, KeyFileError). Only reads the key file."""
    return open_with_passphrase(read(path), path, passphrase)


def unwrap_with_recovery_code(path: Path, code: str) -> bytes:
    """The data key, or WrongRecoveryCode (NoRecoveryCode, DamagedKeyFile). Only reads the key file."""
    return open_with_recovery_code(read(path), path, code)


def with_new_passphrase(doc: dict, data_key: bytes, new: str, kdf: KdfParams) -> dict:
    """`doc` with its passphrase wrap replaced (other wraps kept), for the same data key."""
    wraps = [_wrap("passphrase", new, data_key, kdf)] + [w for w in doc["wraps"] if w["kind"] != "passphrase"]
    return document(wraps, data_key)


def recovered(data_key: bytes, new_passphrase: str, new_code: str, kdf: KdfParams) -> dict:
    """The document after a recovery: the new passphrase and the new code, nothing else (the used
    code, typed on a shared workstation, is no longer a secret; the old passphrase is gone)."""
    return document([_wrap("passphrase", new_passphrase, data_key, kdf), _recovery_wrap(new_code, data_key)],
                    data_key)


def add_recovery_code(path: Path, data_key: bytes) -> str:
    """A new recovery code in the key file at `path` alone (any earlier code stops working there);
    show it once. For a log without one (and tests): a recovery replaces the code in every kept
    key file through kbtdesk.db.keystore."""
    doc = read(path)
    code = new_recovery_code()
    wraps = [w for w in doc["wraps"] if w["kind"] != "recovery"] + [_recovery_wrap(code, data_key)]
    write_atomically(path, encode(document(wraps, data_key)))
    return code


def write_key_file(path: Path, data_key: bytes, passphrase: str, kdf: KdfParams = KdfParams(),
                   recovery_code: str | None = None) -> None:
    """A new key file; older kbtdesk versions skip wrap kinds they do not know (recovery)."""
    wraps = [_wrap("passphrase", passphrase, data_key, kdf)]
    if recovery_code is not None:
        wraps.append(_recovery_wrap(recovery_code, data_key))
    write_atomically(path, encode(document(wraps, data_key)))


def sqlcipher_key_literal(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes in `PRAGMA key`: no key derivation on every open."""
    return f"x'{data_key.hex()}'"


__all__ = [
    "MAX_KDF", "MIN_PASSPHRASE_LENGTH", "TEST_KDF", "DamagedKeyFile", "KdfParams", "KeyFileError", "NoRecoveryCode",
    "WrongPassphrase", "WrongRecoveryCode",
    "add_recovery_code", "audit_key", "check_document", "document", "encode", "has_recovery_code", "key_id",
    "new_data_key",
    "new_recovery_code", "normalise_recovery_code", "open_with_passphrase", "open_with_recovery_code", "parse",
    "passphrase_problem", "read", "recovered", "sqlcipher_key_literal", "unwrap_data_key",
    "unwrap_with_recovery_code", "with_new_passphrase", "write_key_file",
]
