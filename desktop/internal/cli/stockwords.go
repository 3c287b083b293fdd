package cli

import (
	"errors"
	"fmt"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/shared/spa"
)

// stockWords is the one-line message Knock prints for err: the stock
// client's words first where scripts (and fwknop's own test suite) grep
// them, then Sesame's explanation. Values are never quoted from the rc
// file (the stock prints "val=..." even for keys; Sesame does not).
func stockWords(err error) string {
	msg := err.Error()
	var e *fwknoprc.Error
	if errors.As(err, &e) && e.Error() == msg {
		switch {
		case e.Line > 0 && errors.Is(e, fwknoprc.ErrSyntax):
			return fmt.Sprintf("Invalid entry in %s, line %d: %s", e.Path, e.Line, e.Reason)
		case e.Line > 0 && e.Var != "":
			return fmt.Sprintf("Parameter error in %s, line %d: var=%s: %s", e.Path, e.Line, e.Var, e.Reason)
		case errors.Is(e, fwknoprc.ErrNoStanza):
			return "Named configuration stanza was not found: " + msg
		}
	}
	if errors.Is(err, spa.ErrBadArgument) && !errors.As(err, &e) {
		return "Args contain invalid data: " + msg // libfko's FKO_ERROR_INVALID_DATA
	}
	if errors.Is(err, knock.ErrUnresolvable) {
		return msg + "; " + notSentLine
	}
	return msg
}
