package daemon

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/sesame-spa/sesame/server/internal/access"
	"github.com/sesame-spa/sesame/server/internal/config"
)

// Each event both daemons log, and the stock fwknopd's wording of it
// (server/incoming_spa.c, replay_cache.c, fw_util_iptables.c, udp_server.c,
// pcap_capture.c), as fwknop's test suite and log watchers grep it.
func TestStockWordingOfDecisions(t *testing.T) {
	src := netip.MustParseAddr("198.51.100.7")
	exp := time.Unix(1795563530, 0)
	rej := func(r access.Reason, stanza int) Event {
		return Event{Src: src, Reason: string(r), Stanza: stanza}
	}
	cases := []struct {
		e    Event
		want string
	}{
		{Event{Accept: true, Src: src, Stanza: 1, AllowIP: src, Expires: exp, Timeout: 30 * time.Second},
			"(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match, added with expire time of 1795563530; accept 198.51.100.7 (stanza #1)"},
		{Event{Accept: true, Src: src, Stanza: 2, AllowIP: src, Test: true},
			"(stanza #2) SPA Packet from IP: 198.51.100.7 received with access source match, --test mode enabled, skipping firewall manipulation.; accept"},
		{rej(access.Replay, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; Replay detected from source IP: 198.51.100.7; reject 198.51.100.7: replay (stanza #1)"},
		{rej(access.Replay, 0), "Replay detected from source IP: 198.51.100.7; reject 198.51.100.7: replay"},
		{rej(access.NoMatchingStanza, 0), "No access data found for source IP: 198.51.100.7; reject 198.51.100.7: no_matching_stanza"},
		{rej(access.DecryptFailed, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) Error creating fko context: Decryption failed or decrypted data is invalid; reject 198.51.100.7: decrypt_failed (stanza #1)"},
		{rej(access.BadHMAC, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) Error creating fko context: Args contain invalid data: FKO_ERROR_INVALID_DATA_HMAC_COMPAREFAIL; reject"},
		{rej(access.StaleTimestamp, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) SPA data time difference is too great."},
		{rej(access.PortNotAllowed, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) One or more requested protocol/ports was denied per access.conf."},
		{rej(access.SourceRequired, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) Got 0.0.0.0 when valid source IP was required."},
		{rej(access.CommandNotAllowed, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) SPA Command messages are not allowed in the current configuration."},
		{rej(access.AccessExpired, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) Access stanza has expired"},
		{rej(access.NATNotEnabled, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) SPA packet requested NAT access, but is not enabled/supported"},
		{rej(access.Malformed, 1), "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match; [198.51.100.7] (stanza #1) Error creating fko context: Args contain invalid data; reject"},
		{rej(access.TooShort, 0), "[198.51.100.7] preprocess_spa_data() returned error: 'Not enough data to be a valid SPA message' for incoming packet."},
		{rej(access.BadBase64, 0), "[198.51.100.7] preprocess_spa_data() returned error: 'Data is not a valid SPA message format' for incoming packet."},
		{Event{Src: src, Reason: ReasonQueueFull}, "reject 198.51.100.7: queue_full"}, // Sesame's own: no stock text
	}
	for _, c := range cases {
		if got := string(c.e.appendText(nil)); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s:\n got %s\nwant %s...", c.e.Reason, got, c.want)
		}
	}
	for _, r := range access.Reasons {
		got := string(rej(r, 1).appendText(nil))
		if !strings.Contains(got, stockSep+"reject 198.51.100.7: "+string(r)) {
			t.Errorf("reason %s has no stock wording before Sesame's fields: %s", r, got)
		}
	}
}

func TestStockWordingOfStartAndExpiry(t *testing.T) {
	srv := &config.Server{UDPServPort: 62201}
	if got := stockServing(Options{}, srv); got != "Starting fwknopd main event loop." {
		t.Errorf("libpcap: %q", got)
	}
	if got := stockServing(Options{UDPServer: true}, srv); got != "Kicking off UDP server to listen on port 62201." {
		t.Errorf("UDP server: %q", got)
	}
	e := newEnv(t, stanza(keyA, hmacA, "FW_ACCESS_TIMEOUT 3"), nil, nil).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	e.human.next(t, "(stanza #1) SPA Packet from IP: 198.51.100.7 received with access source match")
	e.clock.Advance(3 * time.Second)
	line := e.human.next(t, "grant expired and removed")
	if !strings.Contains(line, "with expire time of ") {
		t.Errorf("expiry line without the stock wording: %s", line)
	}
}

// The daemon's own rejects carry the stock wording the suite greps.
func TestStockWordingOfRejectsInLog(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, "OPEN_PORTS tcp/22"), nil, nil).start()
	p := seal(t, keyA, hmacA, "tcp/22", t0)
	for _, c := range []struct {
		payload []byte
		want    string
	}{
		{seal(t, keyB, hmacB, "tcp/22", t0), "Args contain invalid data"},
		{p, "SPA Packet from IP: 198.51.100.7 "},
		{p, "Replay detected from source IP: 198.51.100.7"},
	} {
		e.send(c.payload, clientIP)
		e.decision()
		e.human.next(t, c.want)
	}
}

// At -vv each packet's wire text is logged with the stock's "Final SPA
// Data" words, quoted; below -vv nothing.
func TestStockWordingOfPacketAtDebug(t *testing.T) {
	src := netip.MustParseAddr("198.51.100.7")
	for _, verbose := range []int{levelInfo, levelDebug} {
		human := newLines()
		l := NewLogger(NewTextSink(human, true, func() time.Time { return t0 }), nil, verbose)
		l.packet(src, []byte("abc\ndef"))
		got := strings.Join(human.snapshot(), "")
		want := `[198.51.100.7] SPA Packet: Final SPA Data: "abc\ndef"`
		if verbose < levelDebug && got != "" {
			t.Errorf("-v: %q logged", got)
		}
		if verbose >= levelDebug && !strings.Contains(got, want) {
			t.Errorf("-vv: %q, want %q", got, want)
		}
	}
}

func TestStockWordingOfRefusedCommand(t *testing.T) {
	_, err := SplitCommand(strings.Repeat("ls ", MaxCommandArgs+1))
	if got := stockCommandError(err); !strings.HasPrefix(got, "Error converting cmd str to argv: command refused: more than 30 words") {
		t.Errorf("got %q", got)
	}
	if got := stockCommandError(errors.New("exec: not found")); got != "exec: not found" {
		t.Errorf("other error: %q", got)
	}
}
