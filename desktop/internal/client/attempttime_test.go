package client

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/store"
)

// TestFailureBeforeThePacketHasItsTime: a knock that fails before any
// packet is built (here a wrong passphrase for keys in an age file, with no
// keyring) is still stamped with the time of the attempt, in the record and
// in the history, never the zero time (shown as "00:00:00").
func TestFailureBeforeThePacketHasItsTime(t *testing.T) {
	s := newStore(t)
	s.ScryptWorkFactor = 10
	pass := "right"
	s.Passphrase = func(context.Context, string, bool) ([]byte, error) { return []byte(pass), nil }
	src := store.KeySource{Kind: store.SourceAge, Path: filepath.Join(t.TempDir(), "lo.age")}
	addProfile(t, s, with(loProfile(t, "lo", 9, "tcp/22", "source"), func(p *store.Profile) { p.Keys = src }), keys(t))
	pass = "wrong"
	at := time.Date(2026, 12, 3, 12, 3, 4, 0, time.Local)
	h, _ := OpenHistory("", 0)
	k := &Knocker{Profiles: s, History: h, Now: func() time.Time { return at }}

	r := k.Knock(context.Background(), "lo")
	if r.Reason != NotSent || r.Diagnosis == "" {
		t.Fatalf("record %+v, want not sent, with why", r)
	}
	if !r.At.Equal(at) {
		t.Errorf("record time %v, want the attempt's %v", r.At, at)
	}
	if l := h.List(); len(l) != 1 || !l[0].At.Equal(at) {
		t.Errorf("history %+v, want one record at %v", l, at)
	}
	// So does a profile that is not there.
	if r := k.Knock(context.Background(), "missing"); !r.At.Equal(at) || r.Reason != NotSent {
		t.Errorf("missing profile: %+v", r)
	}
}
