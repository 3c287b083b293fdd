package access

import (
	"errors"
	"net/netip"
	"testing"
)

// Each way a NAT request's host name gives no address has its own error,
// whose text is the stock fwknopd's log line for it; the reason stays
// malformed.
func TestNATHostNameErrors(t *testing.T) {
	opts := aging
	opts.Resolve = func(host string) (netip.Addr, error) {
		if host == "db.example" {
			return netip.MustParseAddr("192.0.2.20"), nil
		}
		return netip.Addr{}, errors.New("no such host")
	}
	dns, _ := judge(t, "SOURCE ANY\n"+keysA, "ENABLE_IPT_FORWARDING Y\n", opts)
	noDNS, _ := judge(t, "SOURCE ANY\n"+keysA, "ENABLE_IPT_FORWARDING Y\nENABLE_NAT_DNS N\n", opts)
	tests := []struct {
		name string
		j    *Judge
		host string
		want error
	}{
		{"dns off", noDNS, "db.example", ErrNATHostDisabled},
		{"invalid", dns, "a..b", ErrNATHostInvalid},
		{"label ends in dash", dns, "a-.b", ErrNATHostInvalid},
		{"unresolvable", dns, "nx.example", ErrNATHostUnresolved},
	}
	for _, tt := range tests {
		d := tt.j.Decide(sealA(t, natTo(tt.host+",5432")), clientIP, serverIP, t0)
		if d.Accept || d.Reason != Malformed || !errors.Is(d.Err, tt.want) {
			t.Errorf("%s: accept=%v %q %v, want malformed %v", tt.name, d.Accept, d.Reason, d.Err, tt.want)
		}
	}
}

// validHostname is the stock's is_valid_hostname, as its unit tests
// (common/fko_util.c) pin it.
func TestValidHostname(t *testing.T) {
	for s, want := range map[string]bool{
		"a": true, "a.b": true, "a.b.": true, "a.": true, "db-1.example": true,
		"": false, "a..b": false, ".a.b": false, "a-.b": false, "-a": false, "a_b": false, "a b": false,
		string(make([]byte, 255)): false,
	} {
		if got := validHostname(s); got != want {
			t.Errorf("validHostname(%q) = %v, want %v", s, got, want)
		}
	}
}

// A NAT grant carries the source rewriting the stock's snat_rule picks.
func TestNATSourceRewriting(t *testing.T) {
	fwd := "ENABLE_IPT_FORWARDING Y\n"
	tests := []struct {
		name, access, server string
		snat                 string
		masq                 bool
	}{
		{"none", "", fwd, "", false},
		{"no SNAT chains", "FORCE_NAT 192.0.2.10 22\nFORCE_SNAT 203.0.113.33\n", fwd, "", false},
		{"translate ip", "", fwd + "ENABLE_IPT_SNAT Y\nSNAT_TRANSLATE_IP 203.0.113.5\n", "203.0.113.5", false},
		{"masquerade by default", "", fwd + "ENABLE_IPT_SNAT Y\n", "", true},
		{"force snat wins", "FORCE_NAT 192.0.2.10 22\nFORCE_SNAT 203.0.113.33\n", fwd + "ENABLE_IPT_SNAT Y\nSNAT_TRANSLATE_IP 203.0.113.5\n", "203.0.113.33", false},
		{"force masquerade", "FORCE_NAT 192.0.2.10 22\nFORCE_MASQUERADE Y\n", fwd + "ENABLE_IPT_SNAT Y\nSNAT_TRANSLATE_IP 203.0.113.5\n", "", true},
	}
	for _, tt := range tests {
		j, _ := judge(t, "SOURCE ANY\n"+keysA+tt.access, tt.server, aging)
		d := j.Decide(sealA(t, natTo("192.0.2.10,22")), clientIP, serverIP, t0)
		if !d.Accept || len(d.Grants) != 1 || d.Grants[0].NAT == nil {
			t.Fatalf("%s: %q (%v) %v", tt.name, d.Reason, d.Err, d.Grants)
		}
		nat := d.Grants[0].NAT
		if got := nat.SNATTo; (tt.snat == "" && got.IsValid()) || (tt.snat != "" && got.String() != tt.snat) || nat.Masquerade != tt.masq {
			t.Errorf("%s: SNATTo %v Masquerade %v, want %q %v", tt.name, got, nat.Masquerade, tt.snat, tt.masq)
		}
	}
}

// DISABLE_DNAT reaches the grant.
func TestNATDisableDNAT(t *testing.T) {
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"FORCE_NAT 192.0.2.10 22\nDISABLE_DNAT Y\n", "ENABLE_IPT_FORWARDING Y\n", aging)
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if !d.Accept || len(d.Grants) != 1 || d.Grants[0].NAT == nil || !d.Grants[0].NAT.NoDNAT {
		t.Fatalf("%q (%v) %+v, want a NAT grant without DNAT", d.Reason, d.Err, d.Grants)
	}
}
