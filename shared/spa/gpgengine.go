package spa

// GPGEngine does the OpenPGP work of GPG mode outside this package, for
// keys the in-process library cannot read (a GnuPG home driven through the
// gpg program: shared/gnupg). When GPG.Engine is set, Seal and Open hand it
// the packet's plaintext and raw OpenPGP bytes and use no other GPG field.
type GPGEngine interface {
	// Encrypt encrypts (and signs, if the engine has a signer) the
	// plaintext, returning binary OpenPGP data.
	Encrypt(plain []byte) ([]byte, error)
	// Decrypt decrypts binary OpenPGP data. signer describes the
	// signature, nil when the data is not signed (or signatures are not
	// wanted). A failure to decrypt is reported as ErrDecrypt (wrapped).
	Decrypt(raw []byte) (plain []byte, signer *Signer, err error)
}

// engineSeal is gpgSeal through an engine.
func engineSeal(plain []byte, e GPGEngine) (string, error) {
	ct, err := e.Encrypt(plain)
	if err != nil {
		return "", &FieldError{Field: "gpg", Reason: err.Error(), Err: ErrBadArgument}
	}
	raw, err := oldFormatSessionKeys(ct)
	if err != nil {
		return "", err
	}
	return b64.EncodeToString(raw), nil
}

// engineOpen is gpgOpen through an engine.
func engineOpen(raw []byte, e GPGEngine) (*Message, error) {
	plain, signer, err := e.Decrypt(raw)
	if err != nil {
		return nil, err
	}
	if len(plain) > maxEncodedLen {
		return nil, ErrDecrypt
	}
	m, err := decodePlaintext(string(plain))
	if err != nil {
		return nil, err
	}
	m.Signer = signer
	return m, nil
}
