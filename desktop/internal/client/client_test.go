package client

import (
	"context"
	"encoding/base64"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/sesame-spa/sesame/desktop/internal/netinfo"
	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/shared/spa"
)

const (
	testKey  = "HyUSZ/dV3zdsiTdNfkFxiSwFosDtubN7RDtrbeMix84="
	testHMAC = "S3zoShwgaf7fjHisdQnyeXFtm19v6fLzicvmgQfjotIiycVB60PWP5IOdKmSh8cktHf+KdYfaJc1Xg1ocWUyNg=="
)

func keys(t *testing.T) store.Keys {
	k, _ := base64.StdEncoding.DecodeString(testKey)
	h, _ := base64.StdEncoding.DecodeString(testHMAC)
	return store.Keys{Rijndael: k, HMAC: h}
}

// spaServer is a stand-in for fwknopd on loopback: a UDP socket that opens
// a TCP listener on port when a packet opens with the right keys.
type spaServer struct {
	udp     *net.UDPConn
	port    uint16 // the TCP port it opens
	mu      sync.Mutex
	opened  []*spa.Message
	tcpOpen chan struct{}
}

func newSPAServer(t *testing.T) *spaServer {
	t.Helper()
	udp, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	// Reserve a TCP port: listen, note it, close; the server listens again
	// on a good knock.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &spaServer{udp: udp, port: uint16(ln.Addr().(*net.TCPAddr).Port), tcpOpen: make(chan struct{})}
	ln.Close()
	k := keys(t)
	sk := &spa.Keys{Rijndael: k.Rijndael, HMAC: k.HMAC}
	go func() {
		buf := make([]byte, 2048)
		for {
			n, _, err := udp.ReadFrom(buf)
			if err != nil {
				return
			}
			m, err := spa.Open(buf[:n], sk)
			if err != nil {
				continue
			}
			s.mu.Lock()
			s.opened = append(s.opened, m)
			first := len(s.opened) == 1
			s.mu.Unlock()
			if first {
				l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(int(s.port)))
				if err != nil {
					continue
				}
				t.Cleanup(func() { l.Close() })
				go func() {
					for {
						c, err := l.Accept()
						if err != nil {
							return
						}
						c.Close()
					}
				}()
			}
		}
	}()
	t.Cleanup(func() { udp.Close() })
	return s
}

func (s *spaServer) udpPort() uint16 { return uint16(s.udp.LocalAddr().(*net.UDPAddr).Port) }

func newStore(t *testing.T) *store.Store {
	keyring.MockInit()
	return &store.Store{Dir: t.TempDir(), Secrets: store.NewKeyring()}
}

// loProfile returns a profile knocking port on 127.0.0.1 for access, with
// allow as the editor reads it (source, resolve or an address).
func loProfile(t *testing.T, name string, port uint16, access, allow string) store.Profile {
	t.Helper()
	p := store.NewProfile()
	p.Port = port
	for _, f := range [][2]string{{"name", name}, {"host", "127.0.0.1"}, {"access", access}, {"allow", allow}} {
		if err := store.SetField(&p, f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// with returns p changed by set.
func with(p store.Profile, set func(p *store.Profile)) store.Profile {
	set(&p)
	return p
}

func addProfile(t *testing.T, s *store.Store, p store.Profile, k store.Keys) {
	t.Helper()
	if err := s.Add(context.Background(), p, &k); err != nil {
		t.Fatal(err)
	}
}

// hangDial never connects, as a port behind a DROP rule.
func hangDial(ctx context.Context, _, _ string) (net.Conn, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestKnockOpens(t *testing.T) {
	srv := newSPAServer(t)
	s := newStore(t)
	addProfile(t, s, with(loProfile(t, "lo", srv.udpPort(), "udp/53,tcp/"+strconv.Itoa(int(srv.port)), "source"), func(p *store.Profile) { p.Timeout = 45 }), keys(t))
	hist, err := OpenHistory(filepath.Join(t.TempDir(), "history.json"), 0)
	if err != nil {
		t.Fatal(err)
	}
	var states []Phase
	var mu sync.Mutex
	k := &Knocker{Profiles: s, History: hist, OnState: func(st State) { mu.Lock(); states = append(states, st.Phase); mu.Unlock() }}
	r := <-k.Start(context.Background(), "lo")
	if !r.Opened || r.Reason != Opened || !strings.HasPrefix(r.Diagnosis, "open after ") {
		t.Fatalf("%+v", r)
	}
	if got := r.Until.Sub(r.At); got != 45*time.Second {
		t.Fatalf("grant %v", got)
	}
	if r.Packet == nil || r.Packet.Message != "0.0.0.0,udp/53,tcp/"+strconv.Itoa(int(srv.port)) || r.Packet.Type != spa.ClientTimeoutAccessMsg.String() || r.Packet.Digest == "" {
		t.Fatalf("packet %+v", r.Packet)
	}
	srv.mu.Lock()
	if len(srv.opened) != 1 || srv.opened[0].Random != r.Packet.Random || srv.opened[0].Digest != r.Packet.Digest {
		t.Fatalf("the server decoded %+v, the record says %+v", srv.opened, r.Packet)
	}
	srv.mu.Unlock()
	mu.Lock()
	if len(states) != 2 || states[0] != Knocking || states[1] != Open {
		t.Fatalf("states %v", states)
	}
	mu.Unlock()
	if len(r.Fields()) != 8 {
		t.Fatalf("fields %q", r.Fields())
	}
	// The history is saved, reloads, and holds no key.
	data, _ := os.ReadFile(hist.path)
	if strings.Contains(string(data), testKey) || strings.Contains(string(data), testHMAC) {
		t.Fatal("key in the history file")
	}
	again, err := OpenHistory(hist.path, 0)
	if err != nil || len(again.List()) != 1 || again.List()[0].Packet.Random != r.Packet.Random || !again.List()[0].Opened {
		t.Fatalf("reloaded %+v, %v", again.List(), err)
	}
}

// A Date header far off and an address that moves, as the resolvers see it.
func resolver(t *testing.T, dateOffset time.Duration, addrs ...string) *httptest.Server {
	var n atomic.Int32
	ts := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := min(int(n.Add(1))-1, len(addrs)-1)
		w.Header().Set("Date", time.Now().Add(dateOffset).UTC().Format(http.TimeFormat))
		w.Write([]byte(addrs[i]))
	}))
	t.Cleanup(ts.Close)
	return ts
}

func TestDiagnoses(t *testing.T) {
	srv := newSPAServer(t)
	s := newStore(t)
	wrong := keys(t)
	wrong.HMAC = append([]byte(nil), wrong.HMAC...)
	wrong.HMAC[0] ^= 1
	access := "tcp/" + strconv.Itoa(int(srv.port))
	add := func(name, allow string, k store.Keys) {
		addProfile(t, s, loProfile(t, name, srv.udpPort(), access, allow), k)
	}
	add("wrong", "203.0.113.9", wrong)
	add("moved", "resolve", wrong)
	add("skewed", "source", wrong)
	add("refused", "source", keys(t))
	noIfaces := func() ([]netinfo.IfaceAddr, error) { return nil, nil }
	fast := Probe{Total: 200 * time.Millisecond, Dial: hangDial}

	t.Run("no answer", func(t *testing.T) {
		k := &Knocker{Profiles: s, Probe: fast, Net: &netinfo.Detector{Resolvers: []string{}, Interfaces: noIfaces}}
		r := k.Knock(context.Background(), "wrong")
		if r.Opened || r.Reason != NoAnswer || !strings.Contains(r.Diagnosis, "wrong key") || r.Packet == nil {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("address changed", func(t *testing.T) {
		ts := resolver(t, 0, "203.0.113.5", "203.0.113.99")
		k := &Knocker{Profiles: s, Probe: fast, Net: &netinfo.Detector{Resolvers: []string{ts.URL}, Transport: ts.Client().Transport, Interfaces: noIfaces}}
		r := k.Knock(context.Background(), "moved")
		if r.Reason != AddressChanged || r.Allow != "203.0.113.5" || r.AllowFrom != ts.URL || !strings.Contains(r.Diagnosis, "changed from 203.0.113.5 to 203.0.113.99") {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("clock off", func(t *testing.T) {
		ts := resolver(t, 5*time.Minute, "203.0.113.5")
		k := &Knocker{Profiles: s, Probe: fast, Net: &netinfo.Detector{Resolvers: []string{ts.URL}, Transport: ts.Client().Transport, Interfaces: noIfaces}}
		r := k.Knock(context.Background(), "skewed")
		// The Date header has whole seconds: the estimate is 5 min ± 1 s.
		if r.Reason != ClockOff || !regexp.MustCompile(`your clock is (4m59s|5m0s|5m1s) behind`).MatchString(r.Diagnosis) {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("refused", func(t *testing.T) {
		// Right keys, but a profile whose port nothing listens on.
		p, _ := s.Get("refused")
		ln, _ := net.Listen("tcp", "127.0.0.1:0")
		if err := store.SetField(&p, "access", "tcp/"+strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)); err != nil {
			t.Fatal(err)
		}
		ln.Close()
		s.Update(context.Background(), "refused", p)
		k := &Knocker{Profiles: s, Probe: Probe{Total: 200 * time.Millisecond}}
		r := k.Knock(context.Background(), "refused")
		if r.Reason != Refused || !strings.Contains(r.Diagnosis, "nothing listens") {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("dns", func(t *testing.T) {
		p, _ := s.Get("wrong")
		p.Name, p.Host = "unknown-host", "spa.invalid"
		addProfile(t, s, p, wrong)
		k := &Knocker{Profiles: s, Lookup: noHosts{}}
		r := k.Knock(context.Background(), "unknown-host")
		if r.Reason != DNSFailure || r.Packet != nil || !strings.Contains(r.Diagnosis, "does not resolve") {
			t.Fatalf("%+v", r)
		}
	})
	t.Run("no profile", func(t *testing.T) {
		r := (&Knocker{Profiles: s}).Knock(context.Background(), "nope")
		if r.Reason != NotSent || !strings.Contains(r.Diagnosis, "no such profile") {
			t.Fatalf("%+v", r)
		}
	})
}

func TestKeepOpen(t *testing.T) {
	srv := newSPAServer(t)
	s := newStore(t)
	addProfile(t, s, with(loProfile(t, "lo", srv.udpPort(), "tcp/"+strconv.Itoa(int(srv.port)), "source"), func(p *store.Profile) { p.Timeout, p.KeepOpen = 1, true }), keys(t))
	ctx, cancel := context.WithCancel(context.Background())
	var recs []Record
	err := (&Knocker{Profiles: s}).KeepOpen(ctx, "lo", func(r Record) {
		recs = append(recs, r)
		if len(recs) == 2 {
			cancel()
		}
	})
	if err != nil || len(recs) != 2 || !recs[0].Opened || !recs[1].Opened {
		t.Fatalf("%v, %+v", err, recs)
	}
	if gap := recs[1].At.Sub(recs[0].At); gap > 3*time.Second {
		t.Fatalf("re-knocked after %v for a 1 s grant", gap)
	}
}

// A keep-open run asks the passphrase of keys kept in an age file once,
// not at every renewal; a knock outside the run asks again.
func TestKeepOpenAsksPassphraseOnce(t *testing.T) {
	srv := newSPAServer(t)
	s := newStore(t)
	var asked atomic.Int32
	s.ScryptWorkFactor = 10
	s.Passphrase = func(context.Context, string, bool) ([]byte, error) {
		asked.Add(1)
		return []byte("correct horse"), nil
	}
	src := store.KeySource{Kind: store.SourceAge, Path: filepath.Join(t.TempDir(), "lo.age")}
	addProfile(t, s, with(loProfile(t, "lo", srv.udpPort(), "tcp/"+strconv.Itoa(int(srv.port)), "source"), func(p *store.Profile) { p.Timeout, p.KeepOpen, p.Keys = 1, true, src }), keys(t))
	asked.Store(0)
	ctx, cancel := context.WithCancel(context.Background())
	var recs []Record
	k := &Knocker{Profiles: s}
	k.KeepOpen(ctx, "lo", func(r Record) {
		recs = append(recs, r)
		if len(recs) == 2 {
			cancel()
		}
	})
	if len(recs) != 2 || !recs[0].Opened || !recs[1].Opened || asked.Load() != 1 {
		t.Fatalf("asked %d times for 2 knocks: %+v", asked.Load(), recs)
	}
	if r := k.Knock(context.Background(), "lo"); !r.Opened || asked.Load() != 2 {
		t.Fatalf("a knock after the run: asked %d times in all, %+v", asked.Load(), r)
	}
}

func TestProbeRetries(t *testing.T) {
	var calls atomic.Int32
	p := Probe{Interval: time.Millisecond, Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
		if calls.Add(1) < 3 {
			return nil, errors.New("not yet")
		}
		c, _ := net.Pipe()
		return c, nil
	}}
	r := p.Check(context.Background(), netip.MustParseAddrPort("198.51.100.1:22"))
	if !r.Open || r.Attempts != 3 {
		t.Fatalf("%+v", r)
	}
}

// The finding: a knock to a port still open from an earlier grant printed
// "open after 0 ms" although the server refused the packet. The port is
// checked before the knock: already open is said as such, with the time
// left of the profile's known grant, and the knock is still sent.
func TestKnockAlreadyOpen(t *testing.T) {
	srv := newSPAServer(t)
	s := newStore(t)
	access := "tcp/" + strconv.Itoa(int(srv.port))
	addProfile(t, s, with(loProfile(t, "lo", srv.udpPort(), access, "source"), func(p *store.Profile) { p.Timeout = 45 }), keys(t))
	wrong := keys(t)
	wrong.HMAC = append([]byte(nil), wrong.HMAC...)
	wrong.HMAC[0] ^= 1
	addProfile(t, s, loProfile(t, "other", srv.udpPort(), access, "source"), wrong)
	hist, _ := OpenHistory("", 0)
	var last State
	k := &Knocker{Profiles: s, History: hist, Probe: Probe{Total: 500 * time.Millisecond}, OnState: func(st State) { last = st }}

	first := k.Knock(context.Background(), "lo")
	if first.Reason != Opened || !strings.HasPrefix(first.Diagnosis, "open after ") {
		t.Fatalf("first knock: %+v", first)
	}
	again := k.Knock(context.Background(), "lo")
	if again.Reason != AlreadyOpen || !again.Opened || strings.Contains(again.Diagnosis, "open after") ||
		!strings.HasPrefix(again.Diagnosis, "already open, 0:4") || !strings.Contains(again.Diagnosis, "left of the grant of the knock at") ||
		!again.OpenUntil.Equal(first.Until) || again.Packet == nil {
		t.Fatalf("second knock: %+v", again)
	}
	if last.Phase != Open || !last.Until.Equal(first.Until) {
		t.Fatalf("state %+v, want open until the first grant's end", last)
	}
	// A refused knock (wrong keys) to the open port: already open, no
	// grant of this profile known, and the server took nothing.
	refused := k.Knock(context.Background(), "other")
	if refused.Reason != AlreadyOpen || !strings.HasPrefix(refused.Diagnosis, "already open before the knock, by no grant") || !refused.OpenUntil.IsZero() {
		t.Fatalf("refused knock: %+v", refused)
	}
	if last.Phase != Open || !last.Until.IsZero() {
		t.Fatalf("state %+v, want open with no countdown", last)
	}
	accepted := func() int { srv.mu.Lock(); defer srv.mu.Unlock(); return len(srv.opened) }
	for i := 0; i < 100 && accepted() < 2; i++ {
		time.Sleep(20 * time.Millisecond) // the server reads the renewal on its own goroutine
	}
	if n := accepted(); n != 2 {
		t.Fatalf("the server accepted %d knocks, want 2 (both of lo; the renewal was sent)", n)
	}
}

func TestMinSec(t *testing.T) {
	for d, want := range map[time.Duration]string{17 * time.Second: "0:17", 245 * time.Second: "4:05", -time.Second: "0:00", 1499 * time.Millisecond: "0:01"} {
		if got := MinSec(d); got != want {
			t.Errorf("%v: %q, want %q", d, got, want)
		}
	}
}

// noHosts is a knock.HostResolver that knows no name.
type noHosts struct{}

func (noHosts) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	return nil, errors.New("lookup " + host + ": no such host")
}
