// Package gnupg drives the gpg program on a GnuPG home the way GPGME does,
// for keys that live where `gpg --import` leaves them (pubring.kbx,
// private-keys-v1.d, the gpg-agent, smartcards), which no Go OpenPGP
// library reads.
//
// Each operation runs one `gpg --homedir HOME --batch --no-tty` child:
//
//   - the data goes through stdin and comes back on stdout, never a file;
//   - gpg's machine-readable status lines (--status-fd) are read from a
//     pipe and decide the result (DECRYPTION_OKAY, GOODSIG, VALIDSIG,
//     BADSIG, ERRSIG, NO_SECKEY, BAD_PASSPHRASE, TRUST_*...), not the exit
//     code nor the human text on stderr;
//   - a passphrase goes only through a pipe of its own (--pinentry-mode
//     loopback --passphrase-fd 3), never argv, the environment or a file;
//     without one, the agent answers (its cache, or its pinentry when
//     Pinentry is PinentryAgent) or gpg is told not to ask (PinentryCancel);
//   - the child's environment is the caller's less GNUPGHOME and the
//     variables that carry Sesame's secrets (SESAME_*);
//   - every run is bounded by Timeout: on expiry the child's process group
//     is killed and reaped, and the error says so.
//
// Signatures are judged as fwknop's libfko judges GPGME's result
// (lib/gpgme_funcs.c): a signature is good when gpg reports it GOODSIG and
// VALIDSIG and the key's validity is at least marginal (TRUST_MARGINAL,
// TRUST_FULLY, TRUST_ULTIMATE); an unknown, untrusted or bad signing key
// is reported with the reason.
package gnupg
