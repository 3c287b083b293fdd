package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// gpgSealErr names a GPG packet too long to send (large keys: a 4096-bit
// encryption key with a 4096-bit signing subkey) by libfko's code for it,
// which fwknop's suite greps; stockWords then says "Args contain invalid
// data" first, as the stock client. Other errors are returned as they are.
func gpgSealErr(err error, gpg bool) error {
	if gpg && errors.Is(err, spa.ErrBadArgument) && strings.Contains(err.Error(), "packet longer than") {
		return fmt.Errorf("FKO_ERROR_INVALID_DATA_ENCRYPT_GPG_RESULT_MSGLEN_VALIDFAIL: %w (smaller GPG keys make a shorter packet)", err)
	}
	return err
}
