package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	rc "github.com/sesame-spa/sesame/shared/fwknoprc"
)

// criticalVars are the variables --save-rc-stanza does not overwrite in
// an existing stanza without asking (the stock's critical_var_array):
// the keys and the GPG identities.
var criticalVars = map[string]bool{
	"KEY": true, "KEY_BASE64": true, "HMAC_KEY": true, "HMAC_KEY_BASE64": true,
	"GPG_RECIPIENT": true, "GPG_SIGNER": true, "GPG_SIGNING_PW": true, "GPG_SIGNING_PW_BASE64": true,
}

// secretVars are never printed, not even in the "Updating param" lines.
var secretVars = map[string]bool{
	"KEY": true, "KEY_BASE64": true, "HMAC_KEY": true, "HMAC_KEY_BASE64": true,
	"GPG_SIGNING_PW": true, "GPG_SIGNING_PW_BASE64": true,
}

// askOverwrite is the stock client's ask_overwrite_var: for each critical
// variable that the stanza has, it asks on
// out and reads the answer from in (a line; "y" overwrites, anything
// else, end of input too, keeps the stanza's line). It returns the
// variables to keep.
func askOverwrite(text, name string, in io.Reader, out io.Writer) map[string]bool {
	keep := map[string]bool{}
	answers := bufio.NewReader(in)
	inStanza := false
	for _, line := range strings.SplitAfter(text, "\n") {
		if header, ok := stanzaHeader(line); ok {
			inStanza = strings.EqualFold(header, name)
			continue
		}
		fields := strings.Fields(line)
		if !inStanza || !isSettingLine(line) || len(fields) == 0 {
			continue
		}
		v := fields[0]
		if !criticalVars[v] || keep[v] {
			continue
		}
		fmt.Fprintf(out, "Variable '%s' found in stanza '%s'. Overwrite [N/y] ?\n", v, name)
		answer, _ := answers.ReadString('\n')
		if !strings.HasPrefix(answer, "y") {
			keep[v] = true
		}
	}
	return keep
}

// printUpdates is the stock's "Updating param" lines (-v), secrets
// hidden: what --save-rc-stanza writes.
func printUpdates(w io.Writer, settings []rc.Setting) {
	for _, s := range settings {
		v := s.Value
		if secretVars[s.Name] {
			v = "<not shown>"
		}
		fmt.Fprintf(w, "add_single_var_to_rc() : Updating param %s to %s\n", s.Name, v)
	}
}

// stdin is the standard input of sys.
func stdin(sys *System) io.Reader {
	if sys.Stdin != nil {
		return sys.Stdin
	}
	return os.Stdin
}
