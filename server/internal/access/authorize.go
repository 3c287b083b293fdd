package access

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/server/internal/config"
	"github.com/sesame-spa/sesame/server/internal/firewall"
	"github.com/sesame-spa/sesame/shared/spa"
)

// defaultTimeout is DEF_FW_ACCESS_TIMEOUT, for a stanza without one.
const defaultTimeout = 30 * time.Second

// record adds the packet's digest to the replay cache, once per packet,
// before anything can be granted, with the datagram's protocol and ports
// (0 where the caller did not know them: Decide).
func (p *packetState) record(m *spa.Message) error {
	if p.recorded {
		return nil
	}
	meta := p.dg
	if err := p.j.cache.Add(p.digest, time.Unix(m.Timestamp, 0), meta); err != nil {
		return err
	}
	p.recorded = true
	return nil
}

// signer applies GPG_FINGERPRINT_ID and GPG_REMOTE_ID to the signer of a
// GPG packet, when GPG_REQUIRE_SIG is on, as the stock daemon does.
func signer(cfg *config.Stanza, viaGPG bool, m *spa.Message) error {
	if !viaGPG || !cfg.GPGRequireSig || m.Signer == nil {
		return nil
	}
	s := m.Signer
	if len(cfg.GPGFingerprints) > 0 && (s.Fingerprint == "" || !slices.Contains(cfg.GPGFingerprints, s.Fingerprint)) {
		fpr := s.Fingerprint
		if fpr == "" {
			fpr = s.KeyIDString()
		}
		return &SignerError{List: "GPG_FINGERPRINT_ID", Signer: fpr}
	}
	if len(cfg.GPGRemoteIDs) > 0 && !slices.ContainsFunc(cfg.GPGRemoteIDs, func(id string) bool { return signerIs(s, id) }) {
		return &SignerError{List: "GPG_REMOTE_ID", Signer: s.KeyIDString()}
	}
	return nil
}

// SignerError is a GPG signer that GPG_FINGERPRINT_ID or GPG_REMOTE_ID
// refuses (reason gpg_signer_not_allowed).
type SignerError struct {
	List   string // GPG_FINGERPRINT_ID or GPG_REMOTE_ID
	Signer string // the signing key's fingerprint (GPG_FINGERPRINT_ID) or key id
}

func (e *SignerError) Error() string {
	return fmt.Sprintf("GPG signer %s is not in %s", e.Signer, e.List)
}

// StockText is the stock daemon's line for the refusal (incoming_spa.c),
// which fwknop's suite greps ("not in the GPG_FINGERPRINT").
func (e *SignerError) StockText() string {
	if e.List == "GPG_FINGERPRINT_ID" {
		return fmt.Sprintf("Incoming SPA packet signed by: %s, but that fingerprint is not in the GPG_FINGERPRINT_ID list.", e.Signer)
	}
	return fmt.Sprintf("Incoming SPA packet signed by ID: %s, but that ID is not in the GPG_REMOTE_ID list.", e.Signer)
}

// signerIs reports whether id (a key id or fingerprint in upper-case hex)
// names the signing key.
func signerIs(s *spa.Signer, id string) bool {
	if s.Fingerprint != "" {
		return len(id) >= 8 && strings.HasSuffix(s.Fingerprint, id)
	}
	return len(id) >= 8 && strings.HasSuffix(fmt.Sprintf("%016X", s.KeyID), id)
}

// timeout is set_timeout(): the client's timeout clamped to MAX_FW_TIMEOUT,
// else FW_ACCESS_TIMEOUT, else the default.
func timeout(cfg *config.Stanza, m *spa.Message) time.Duration {
	if m.ClientTimeout > 0 {
		return min(time.Duration(m.ClientTimeout)*time.Second, cfg.MaxFWTimeout)
	}
	if cfg.FWAccessTimeout > 0 {
		return cfg.FWAccessTimeout
	}
	return defaultTimeout
}

// authorize makes the checks that follow decryption and the packet's age:
// the allow IP, the user, the message type, the ports; then builds the
// accepted Decision. It reads the typed body spa's Open parsed (and
// checked) once; nothing here splits the message text again.
func (p *packetState) authorize(st *stanza, d Decision) (Decision, bool) {
	fail := func(s stage, r Reason, err error) (Decision, bool) {
		d.stage, d.Reason, d.Err = s, r, err
		return d, false
	}
	cfg, m := st.cfg, d.Message
	allow := m.Body.AllowIP
	if !allow.IsValid() {
		// Open never returns a message without one; the stock daemon gives
		// up on the whole packet here, and so does Decide should that change.
		d.stage, d.Reason, d.Err = stageAllowIP, Malformed, errors.New("message without an allow IP")
		return d, true
	}
	if allow.IsUnspecified() {
		if cfg.RequireSourceAddress {
			return fail(stageSource, SourceRequired, errors.New("allow IP 0.0.0.0 and REQUIRE_SOURCE_ADDRESS"))
		}
		allow = p.src.Unmap()
	}
	d.AllowIP = allow
	d.SourcePrefix = grantPrefix(cfg, allow)
	if cfg.RequireUsername != "" && m.User != cfg.RequireUsername {
		return fail(stageUser, UserMismatch, fmt.Errorf("user %q is not REQUIRE_USERNAME", m.User))
	}
	if err := p.natEnabled(m.Type); err != nil {
		return fail(stageNAT, NATNotEnabled, err)
	}
	d.Ports = m.Body.Ports
	switch {
	case cfg.CmdCycleOpen != "":
		// The stock daemon runs the cycle instead of opening ports.
		return p.cycle(cfg, d)
	case m.Type == spa.CommandMsg:
		if !cfg.EnableCmdExec {
			return fail(stageCommand, CommandNotAllowed, errors.New("command message and no ENABLE_CMD_EXEC"))
		}
		d.Action, d.Command, d.CmdExecUser = Command, m.Body.Command, cfg.CmdExecUser
		return accept(d)
	}
	if !cfg.PortsAllowed(d.Ports) {
		return fail(stagePorts, PortNotAllowed, nil)
	}
	return p.grants(st, d)
}

func accept(d Decision) (Decision, bool) {
	d.Accept, d.stage = true, stageGrant
	return d, true
}

// natEnabled is check_nat_access_types(): forwarded NAT needs
// ENABLE_IPT_FORWARDING, local NAT ENABLE_IPT_LOCAL_NAT.
func (p *packetState) natEnabled(t spa.MessageType) error {
	switch {
	case !t.HasNAT():
		return nil
	case t.IsLocalNAT() && !p.j.srv.EnableIPTLocalNAT:
		return errors.New("local NAT access and no ENABLE_IPT_LOCAL_NAT")
	case !t.IsLocalNAT() && !p.j.srv.EnableIPTForwarding:
		return errors.New("NAT access and no ENABLE_IPT_FORWARDING")
	}
	return nil
}

func grantPrefix(cfg *config.Stanza, a netip.Addr) netip.Prefix {
	bits := cfg.GrantPrefixV6
	if a.Is4() {
		bits = cfg.GrantPrefixV4
	}
	pfx, err := a.Prefix(bits)
	if err != nil { // a prefix out of range: the config refuses it, keep the host
		return netip.PrefixFrom(a, a.BitLen())
	}
	return pfx
}

// grants is process_spa_request(): one grant per proto/port asked, or for
// NAT (the message's, or FORCE_NAT) one grant for the first proto/port.
func (p *packetState) grants(st *stanza, d Decision) (Decision, bool) {
	cfg, m := st.cfg, d.Message
	base := firewall.Grant{Source: d.AllowIP, Expires: time.Unix(p.now.Unix(), 0).Add(d.Timeout)}
	if p.j.srv.EnableDestinationRule && p.dst.IsValid() {
		dst := p.dst.Unmap()
		base.Dest = netip.PrefixFrom(dst, dst.BitLen())
	}
	nat, err := p.natTarget(cfg, m)
	if err != nil {
		d.stage, d.Reason, d.Err = stageGrant, Malformed, err
		return d, false
	}
	ports := d.Ports
	if nat != nil {
		base.NAT, ports = nat, ports[:1]
	}
	for _, pp := range ports {
		g := base
		g.Proto, g.Port = protoNumber(pp.Proto), pp.Port
		d.Grants = append(d.Grants, g)
	}
	d.Action = Open
	return accept(d)
}

func protoNumber(proto string) uint8 {
	if proto == "udp" {
		return firewall.UDP
	}
	return firewall.TCP
}

// natTarget returns where a NAT grant sends its connections: FORCE_NAT, or
// the message's nat_access (a host name resolved through Options.Resolve
// when ENABLE_NAT_DNS is on); nil when the grant is not NAT.
func (p *packetState) natTarget(cfg *config.Stanza, m *spa.Message) (*firewall.NAT, error) {
	local := m.Type.IsLocalNAT()
	// FORWARD_ALL with FORCE_SNAT/FORCE_MASQUERADE and no FORCE_NAT has the
	// stock's implied "0.0.0.0 0": forward and rewrite everything, DNAT
	// nowhere. Without FORWARD_ALL such a FORCE_NAT never reaches here.
	if cfg.ForceNAT.IsValid() && (!cfg.ForceNAT.Addr().IsUnspecified() || cfg.ForwardAll) {
		return p.withSNAT(cfg, &firewall.NAT{To: cfg.ForceNAT, Local: local}), nil
	}
	if !m.Type.HasNAT() {
		return nil, nil
	}
	to := m.Body.NAT
	addr, err := p.natAddr(to.Host)
	if err != nil {
		return nil, err
	}
	return p.withSNAT(cfg, &firewall.NAT{To: netip.AddrPortFrom(addr.Unmap(), to.Port), Local: local}), nil
}
