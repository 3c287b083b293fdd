package cli

import (
	"fmt"
	"os"
)

// savePacket is -B (and -b): the sealed packet, one line, written to the
// file (or appended to it with -b), as the stock client's
// write_spa_packet_data does, before the packet is sent (and with -T).
func (c *knockCmd) savePacket(packet string) error {
	if c.packetFile == "" {
		return nil
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if c.packetAppend {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	fh, err := os.OpenFile(c.packetFile, flags, 0o644)
	if err == nil {
		_, err = fmt.Fprintln(fh, packet)
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("--save-packet: %v", err)
	}
	return nil
}
