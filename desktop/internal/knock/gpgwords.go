package knock

import (
	"errors"
	"os"
	"os/exec"

	"github.com/sesame-spa/sesame/shared/gnupg"
)

// GPG options fail in libfko's words (lib/fko_error.c), which fwknop's
// suite greps, before Sesame's explanation.

// checkGPGPaths is fko_set_gpg_exe's and fko_set_gpg_home_dir's checks,
// in the stock client's order: a --gpg-exe that is not a program (looked
// up in PATH when it has no '/', where the stock stats it as given), then
// a --gpg-home-dir that is not a folder.
func checkGPGPaths(o *Options) error {
	if o.GPGExe != "" {
		if _, err := exec.LookPath(o.GPGExe); err != nil {
			return invalid("Unable to stat the given GPG executable: --gpg-exe %s: %v", o.GPGExe, unwrapPath(err))
		}
	}
	if o.GPGHome != "" {
		st, err := os.Stat(o.GPGHome)
		switch {
		case err != nil:
			return invalid("Unable to stat the given GPG home directory: --gpg-home-dir %s: %v", o.GPGHome, unwrapPath(err))
		case !st.IsDir():
			return invalid("Unable to stat the given GPG home directory: --gpg-home-dir %s is not a folder", o.GPGHome)
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	var ee *exec.Error
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &ee):
		return ee.Err
	}
	return err
}

// keyWords is libfko's text for a recipient or signer key (opt names
// which) that matches no key, or several.
func keyWords(opt string, ambiguous bool) string {
	who := "recipient"
	if opt == "gpg-signer-key" {
		who = "signer"
	}
	if ambiguous {
		return "Ambiguous name/id for the " + who + " key (multiple matches)"
	}
	return "The key for the given " + who + " was not found"
}

// lookupErr words a GnuPG home's key lookup error for opt.
func lookupErr(opt string, err error) error {
	switch {
	case errors.Is(err, gnupg.ErrNoKey):
		return invalid("%s: %s: %v", keyWords(opt, false), opt, err)
	case errors.Is(err, gnupg.ErrAmbiguous):
		return invalid("%s: %s: %v", keyWords(opt, true), opt, err)
	}
	return invalid("%s: %v", opt, err)
}
