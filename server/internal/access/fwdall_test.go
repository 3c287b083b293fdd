package access

import "testing"

// FORWARD_ALL reaches a NAT grant (FORCE_NAT's or the packet's), which the
// firewall then opens for every port; a packet without NAT access gets the
// plain grant of its ports, as from the stock's non-NAT path.
func TestForwardAllGrant(t *testing.T) {
	for _, c := range []struct {
		name, access string
		nat          bool
	}{
		{"force nat", "FORCE_NAT 192.0.2.10 22\n", false},
		{"packet nat", "", true},
	} {
		j, _ := judge(t, "SOURCE ANY\n"+keysA+"FORWARD_ALL Y\n"+c.access, "ENABLE_IPT_FORWARDING Y\n", aging)
		m := sealA(t)
		if c.nat {
			m = sealA(t, natTo("192.0.2.10,22"))
		}
		d := j.Decide(m, clientIP, serverIP, t0)
		if !d.Accept || len(d.Grants) != 1 || d.Grants[0].NAT == nil || !d.Grants[0].NAT.All {
			t.Errorf("%s: %q (%v) %+v, want one FORWARD_ALL NAT grant", c.name, d.Reason, d.Err, d.Grants)
		}
	}
	j, _ := judge(t, "SOURCE ANY\n"+keysA+"FORWARD_ALL Y\n", "ENABLE_IPT_FORWARDING Y\n", aging)
	if d := j.Decide(sealA(t), clientIP, serverIP, t0); !d.Accept || len(d.Grants) == 0 || d.Grants[0].NAT != nil {
		t.Errorf("no NAT in the packet: %q (%v) %+v, want the plain grant", d.Reason, d.Err, d.Grants)
	}

	// The stock's implied FORCE_NAT "0.0.0.0 0" (FORCE_SNAT, no FORCE_NAT):
	// a NAT grant to no address, forwarded and rewritten.
	j, _ = judge(t, "SOURCE ANY\n"+keysA+"FORWARD_ALL Y\nFORCE_SNAT 203.0.113.44\nDISABLE_DNAT Y\n", "ENABLE_IPT_FORWARDING Y\nENABLE_IPT_SNAT Y\n", aging)
	d := j.Decide(sealA(t), clientIP, serverIP, t0)
	if !d.Accept || len(d.Grants) != 1 || d.Grants[0].NAT == nil || !d.Grants[0].NAT.All ||
		!d.Grants[0].NAT.To.Addr().IsUnspecified() || d.Grants[0].NAT.SNATTo.String() != "203.0.113.44" {
		t.Errorf("FORCE_SNAT without FORCE_NAT: %q (%v) %+v, want a FORWARD_ALL grant with SNAT and no target", d.Reason, d.Err, d.Grants)
	}
}
