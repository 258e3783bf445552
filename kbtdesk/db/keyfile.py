"""The log's data key, wrapped by a key derived from the passphrase.

The log is encrypted with a random 256-bit SQLCipher key. That key never reaches disk in the clear:
the key file beside the log holds it wrapped (AES-256-GCM) by a key derived from the passphrase
with Argon2id. More wraps (a recovery code) can be added, and changing the passphrase re-wraps the
key without rewriting the log.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from kbtdesk.base.files import write_atomically
from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message

# cryptography (AES-GCM, Argon2id) is imported in the functions that wrap and unwrap the key: with
# its own OpenSSL it is ≈10 ms that a start unlocked with a raw key (and the unlock dialog's first
# paint) would otherwise wait for. HKDF is a few lines over the standard library's HMAC (below).

KEY_FORMAT = "kbtdesk-key"
KEY_FORMAT_VERSION = 1
MIN_PASSPHRASE_LENGTH = 10


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


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.2 s on a 2-core machine: slow to guess, quick to unlock."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


#: Cheap parameters for tests only; never used by the program itself.
TEST_KDF = KdfParams(iterations=1, memory_kib=8, lanes=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf_sha256(key_material: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    """HKDF with SHA-256 (RFC 5869): extract with `salt` (None: 32 zero bytes), expand with `info`.

    Held equal to cryptography's HKDF by tests/db/test_keyfile.py."""
    if not 0 < length <= 255 * 32:
        raise ValueError("HKDF-SHA256 gives 1 to 8160 bytes")
    prk = hmac.digest(salt or bytes(32), key_material, "sha256")
    okm, block = b"", b""
    for counter in range(1, -(-length // 32) + 1):
        block = hmac.digest(prk, block + info + bytes([counter]), "sha256")
        okm += block
    return okm[:length]


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes, memory_cost=kdf.memory_kib
    ).derive(secret.encode("utf-8"))


def passphrase_problem(passphrase: str, repeated: str | None = None) -> Message | None:
    """Why a new passphrase is not acceptable, or None."""
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


def _wrap(kind: str, secret: str, data_key: bytes, kdf: KdfParams) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
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
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = _aesgcm(_recovery_key(compact, salt)).encrypt(nonce, data_key, _aad("recovery"))
    return {"kind": "recovery", "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
            "nonce": _b64(nonce), "key": _b64(wrapped)}


def _write(path: Path, doc: dict) -> None:
    write_atomically(path, json.dumps(doc, indent=2).encode("utf-8") + b"\n")


def add_recovery_code(path: Path, data_key: bytes) -> str:
    """A new recovery code for the log; any earlier code stops working. Show it once."""
    doc = _read(path)
    code = new_recovery_code()
    doc["wraps"] = [w for w in doc.get("wraps", []) if w.get("kind") != "recovery"]
    doc["wraps"].append(_recovery_wrap(code, data_key))
    _write(path, doc)
    return code


def has_recovery_code(path: Path) -> bool:
    return any(w.get("kind") == "recovery" for w in _read(path).get("wraps", []))


def unwrap_with_recovery_code(path: Path, code: str) -> bytes:
    """The data key, or WrongRecoveryCode. Only reads the key file."""
    doc = _read(path)
    compact = normalise_recovery_code(code)
    wraps = [w for w in doc.get("wraps", []) if w.get("kind") == "recovery"]
    if not wraps:
        raise NoRecoveryCode(path)
    if compact is None:
        raise WrongRecoveryCode()
    from cryptography.exceptions import InvalidTag

    for wrap in wraps:
        try:
            key = _recovery_key(compact, _unb64(wrap["kdf"]["salt"]))
            data_key = _aesgcm(key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["key"]), _aad("recovery"))
        except InvalidTag:
            continue
        except (KeyError, TypeError, ValueError):
            raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
                "Unlock", "The key file {path} is damaged."), {"path": str(path)})) from None
        if len(data_key) == 32:
            return data_key
    raise WrongRecoveryCode()


def recover(path: Path, code: str, new_passphrase: str, kdf: KdfParams = KdfParams()) -> tuple[bytes, str]:
    """Forgotten passphrase: the recovery code sets a new one.

    The used code is replaced by a new one (returned, to be shown once): a code that has been
    typed on a shared workstation is no longer a secret. The log itself is not touched.
    Returns (data key, new recovery code).
    """
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise KeyFileError(problem)
    data_key = unwrap_with_recovery_code(path, code)
    doc = _read(path)
    fresh = new_recovery_code()
    doc["wraps"] = ([_wrap("passphrase", new_passphrase, data_key, kdf)]
                    + [w for w in doc["wraps"] if w.get("kind") not in ("passphrase", "recovery")]
                    + [_recovery_wrap(fresh, data_key)])
    _write(path, doc)
    return data_key, fresh


def audit_key(data_key: bytes) -> bytes:
    """The HMAC key of the audit chain: without the data key nobody can recompute the chain."""
    return hkdf_sha256(data_key, salt=None, info=b"kbtdesk audit chain v1")


def same_key(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def _aad(kind: str) -> bytes:
    return f"{KEY_FORMAT}/{KEY_FORMAT_VERSION}/{kind}".encode("ascii")


def write_key_file(path: Path, data_key: bytes, passphrase: str, kdf: KdfParams = KdfParams(),
                   recovery_code: str | None = None) -> None:
    """A new key file; older kbtdesk versions skip wrap kinds they do not know (recovery)."""
    wraps = [_wrap("passphrase", passphrase, data_key, kdf)]
    if recovery_code is not None:
        wraps.append(_recovery_wrap(recovery_code, data_key))
    doc = {"format": KEY_FORMAT, "version": KEY_FORMAT_VERSION, "cipher": "sqlcipher4", "wraps": wraps}
    write_atomically(path, json.dumps(doc, indent=2).encode("utf-8") + b"\n")


def _read(path: Path) -> dict:
    try:
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} is missing: the log cannot be opened without it."),
            {"path": str(path)})) from None
    except (OSError, ValueError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "{path} is not a kbtdesk key file."), {"path": str(path)}))
    if doc.get("version") != KEY_FORMAT_VERSION:
        raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
            "Unlock", "The key file {path} was written by a newer kbtdesk. Update kbtdesk to open it."),
            {"path": str(path)}))
    return doc


def unwrap_data_key(path: Path, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase. Only reads the key file."""
    from cryptography.exceptions import InvalidTag

    doc = _read(path)
    for wrap in doc.get("wraps", []):
        if wrap.get("kind") != "passphrase":
            continue
        try:
            kdf_doc = wrap["kdf"]
            kdf = KdfParams(int(kdf_doc["iterations"]), int(kdf_doc["memory_kib"]), int(kdf_doc["lanes"]))
            key = _derive(passphrase, _unb64(kdf_doc["salt"]), kdf)
            data_key = _aesgcm(key).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["key"]), _aad("passphrase"))
        except InvalidTag:
            raise WrongPassphrase() from None
        except (KeyError, TypeError, ValueError):
            break
        if len(data_key) == 32:
            return data_key
    raise KeyFileError(Message("Unlock", QT_TRANSLATE_NOOP(
        "Unlock", "The key file {path} is damaged."), {"path": str(path)}))


def change_passphrase(path: Path, old: str, new: str, kdf: KdfParams = KdfParams()) -> None:
    """Re-wrap the same data key: the log itself is not touched."""
    data_key = unwrap_data_key(path, old)
    doc = _read(path)
    doc["wraps"] = [w for w in doc["wraps"] if w.get("kind") != "passphrase"]
    doc["wraps"].insert(0, _wrap("passphrase", new, data_key, kdf))
    write_atomically(path, json.dumps(doc, indent=2).encode("utf-8") + b"\n")


def sqlcipher_key_literal(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes in `PRAGMA key`: no key derivation on every open."""
    return f"x'{data_key.hex()}'"


__all__ = [
    "KdfParams", "KeyFileError", "NoRecoveryCode", "WrongPassphrase", "WrongRecoveryCode",
    "MIN_PASSPHRASE_LENGTH", "TEST_KDF",
    "add_recovery_code", "audit_key", "change_passphrase", "has_recovery_code", "new_data_key",
    "new_recovery_code", "normalise_recovery_code", "passphrase_problem", "recover",
    "sqlcipher_key_literal", "unwrap_data_key", "unwrap_with_recovery_code", "write_key_file",
]
