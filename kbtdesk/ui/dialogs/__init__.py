"""The window's dialogs, one module per concern: passphrase (unlock, change, recover, the one
new-passphrase form), first_run, recovery_code, episode, scores, settings.

Each exposes an ``ask(...)`` classmethod returning plain values (or the saved record), so that
tests patch one seam. Dialogs that save call the core themselves and show its InputError inline,
so the user can correct the field without losing what they typed.
"""
