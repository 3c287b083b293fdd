//go:build !cgo

package capture

import (
	"context"
	"errors"
	"testing"

	"github.com/gopacket/gopacket/layers"
)

// Without libpcap a file can still be replayed unfiltered; a filter is
// refused rather than ignored.
func TestFileNoLibpcap(t *testing.T) {
	path := writePcap(t, layers.LinkTypeEthernet, []record{{udpFrame(t, cli4, srv4, 62201, knock), t0}})
	if _, err := OpenFile(path, DefaultFilter); !errors.Is(err, ErrNoLibpcap) {
		t.Fatalf("filter without libpcap: err = %v, want ErrNoLibpcap", err)
	}
	f, err := OpenFile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	var out []got
	if err := f.Run(context.Background(), collect(&out)); err != nil || len(out) != 1 || out[0].Payload != string(knock) {
		t.Fatalf("Run = %v, delivered %v", err, out)
	}
}
