package access

import (
	"net/netip"
	"slices"
	"testing"

	"github.com/sesame-spa/sesame/shared/spa/spatest"
)

// FuzzDecide: no packet, source or destination makes Decide panic, and every
// refusal has one of the documented reasons.
func FuzzDecide(f *testing.F) {
	cases, err := spatest.Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		for _, p := range c.Packets {
			f.Add([]byte(p.Data), []byte(netip.MustParseAddr(p.Source).AsSlice()), byte(0))
		}
	}
	f.Add(sealA(f, allowAny), []byte(client6.AsSlice()), byte(1))
	f.Add(sealA(f, command), []byte(clientIP.AsSlice()), byte(2))
	f.Add(sealA(f, natTo("192.0.2.10,22")), []byte(clientIP.AsSlice()), byte(3))
	f.Add(junk(200), []byte{}, byte(4))

	// Stanzas with the vectors' keys (Rijndael and GPG) and the test keys,
	// with every kind of check, over a forgetful cache so that seeds stay
	// valid across runs.
	vec := cases[0].AccessConf // SOURCE ANY with the vectors' default keys
	gpg := ""
	for _, c := range cases {
		if c.ID == "gpg_signed" {
			gpg = c.AccessConf
		}
	}
	conf := "SOURCE 198.51.100.0/24,2001:db8::/32\n" + keysA + "REQUIRE_USERNAME bob\n" +
		"SOURCE ANY\n" + keysA + "OPEN_PORTS tcp/80\nREQUIRE_SOURCE_ADDRESS Y\n" +
		"SOURCE ANY\n" + keysA + "ENABLE_CMD_EXEC Y\nGRANT_PREFIX_V4 24\n" +
		"SOURCE ANY\nKEY_BASE64 " + b64(keyB) + "\n" +
		vec + gpg
	j := judgeWith(f, conf, "ENABLE_IPT_FORWARDING Y\n", aging, forgetfulCache{})
	f.Fuzz(func(t *testing.T, packet, src []byte, dstByte byte) {
		addr, _ := netip.AddrFromSlice(src)
		d := j.Decide(packet, addr, netip.AddrFrom4([4]byte{198, 51, 100, dstByte}), t0)
		if d.Accept == (d.Reason != "") || !d.Accept && !slices.Contains(Reasons, d.Reason) {
			t.Fatalf("accept=%v reason %q", d.Accept, d.Reason)
		}
		if d.Accept && (d.Message == nil || d.Stanza == nil || d.Action == 0) {
			t.Fatalf("accepted without message, stanza or action: %+v", d)
		}
		if d.Accept && d.Err != nil {
			t.Fatalf("accepted with an error: %v", d.Err)
		}
	})
}
