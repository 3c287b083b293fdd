package firewall

import (
	"testing"
	"time"
)

// TestTimeoutNeverEarly: the kernel timeout outlasts the expiry second by
// at least one tick, whatever the fraction of the current second.
func TestTimeoutNeverEarly(t *testing.T) {
	for _, frac := range []time.Duration{0, time.Nanosecond, 998 * time.Millisecond, time.Second - 1} {
		now := time.Unix(100, 0).Add(frac)
		d, ok := timeout(103, now)
		if !ok || now.Add(d).Before(time.Unix(103, 0).Add(kernelTick)) || d%time.Millisecond != 0 {
			t.Errorf("timeout(103, %v) = %v, %v", now, d, ok)
		}
	}
	if _, ok := timeout(100, time.Unix(100, 0)); ok {
		t.Error("a grant expiring now has a timeout")
	}
}
