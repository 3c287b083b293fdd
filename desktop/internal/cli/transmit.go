package cli

import (
	"fmt"
	"io"

	"github.com/sesame-spa/sesame/desktop/internal/client"
)

// Lines the stock client prints about the sending (client/spa_comm.c,
// fwknop.c), word for word: scripts and fwknop's own test suite grep them.
const (
	testModeLine = "test mode enabled, SPA packet not actually sent."
	notSentLine  = "send_spa_packet: packet not sent."
)

// printTransmit is the stock client's dump_transmit_options, printed with
// -v after the packet's fields: how and where the packet goes.
func printTransmit(w io.Writer, k *client.Knock) error {
	o := k.Options
	src := "<OS assigned>"
	if o.SourcePort != 0 {
		src = fmt.Sprint(o.SourcePort)
	}
	_, err := fmt.Fprintf(w, "\nGenerating SPA packet:\n%20s: %s\n%20s: %s\n%20s: %d\n%20s: %s\n",
		"protocol", o.Transport, "source port", src, "destination port", k.DestPort, "IP/host", o.Destination)
	return err
}
