package daemon

import (
	"fmt"
	"net/netip"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/config"
)

// The daemon names the signals it acts on as the stock fwknopd does:
// fwknop's test suite waits for "Got SIGTERM" after fwknopd -K.
func TestStockSignalWording(t *testing.T) {
	for s, want := range map[os.Signal]string{
		syscall.SIGTERM: "Got SIGTERM. Exiting...",
		syscall.SIGINT:  "Got SIGINT. Exiting...",
		syscall.SIGHUP:  "Got SIGHUP. Re-reading configs.",
	} {
		if got := stockSignal(s); got != want {
			t.Errorf("stockSignal(%v) = %q, want %q", s, got, want)
		}
	}
}

// A NAT host name that gives no address is logged with the stock's own
// line for its cause, not the generic malformed one.
func TestStockWordingOfNATHost(t *testing.T) {
	for _, cause := range []error{access.ErrNATHostDisabled, access.ErrNATHostInvalid, access.ErrNATHostUnresolved} {
		dec := access.Decision{Source: netip.MustParseAddr("198.51.100.7"), Reason: access.Malformed,
			Err: fmt.Errorf("%w (%q)", cause, "somehost")}
		got := string(eventOf(dec, time.Now()).appendStock(nil))
		if !strings.Contains(got, cause.Error()) || strings.Contains(got, "Args contain invalid data") {
			t.Errorf("%v: logged %q", cause, got)
		}
	}
}

// --fw-list-all lists the tables of the chains in use, each once: filter
// alone without NAT, filter and nat with it.
func TestTablesInUse(t *testing.T) {
	srv := config.NewServer()
	if got := fmt.Sprint(tablesInUse(srv)); got != "[filter]" {
		t.Errorf("no NAT: %s", got)
	}
	srv.EnableIPTForwarding, srv.EnableIPTSNAT = true, true
	if got := fmt.Sprint(tablesInUse(srv)); got != "[filter nat]" {
		t.Errorf("NAT: %s", got)
	}
}
