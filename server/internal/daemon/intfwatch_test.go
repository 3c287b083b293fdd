package daemon

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestWatchInterfaceReportsDown(t *testing.T) {
	for _, c := range []struct {
		name  string
		flags func(n int32) (net.Flags, error)
		want  string
	}{
		{"down", func(n int32) (net.Flags, error) {
			if n < 3 {
				return net.FlagUp, nil
			}
			return 0, nil
		}, "is down"},
		{"gone", func(int32) (net.Flags, error) { return 0, errors.New("no such network interface") }, "no such network interface"},
	} {
		var calls atomic.Int32
		got := make(chan string, 1)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		watchInterface(ctx, "eth9", time.Millisecond,
			func(string) (net.Flags, error) { return c.flags(calls.Add(1)) },
			func(reason string) { got <- reason })
		cancel()
		select {
		case r := <-got:
			if !strings.Contains(r, "Fatal error from pcap_dispatch") || !strings.Contains(r, c.want) {
				t.Errorf("%s: reason %q", c.name, r)
			}
		default:
			t.Errorf("%s: not reported", c.name)
		}
	}
}

func TestWatchInterfaceQuietWhileUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	watchInterface(ctx, "lo", time.Millisecond, systemIntfFlags, func(r string) { t.Errorf("reported %q for lo", r) })
}
