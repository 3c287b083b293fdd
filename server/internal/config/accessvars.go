package config

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

var sprintf = fmt.Sprintf

// Limits from the stock sources.
const (
	maxKeyLen      = 32  // RIJNDAEL_MAX_KEYSIZE
	maxHMACKeyLen  = 136 // MAX_DIGEST_BLOCK_LEN (the SHA3-256 block)
	legacyKeyLen   = 16
	maxCmdCycleLen = 255 // CMD_CYCLE_BUFSIZE-1
	defFWTimeout   = 30 * time.Second
	defMaxFWTimout = 300 * time.Second
	placeholderKey = "__CHANGEME__"
	maxClientName  = 64
)

// stanzaBuilder holds what is only needed while a stanza is read.
type stanzaBuilder struct {
	st          *Stanza
	file        string
	requireSigY bool // GPG_REQUIRE_SIG Y given
	requireSigN bool // GPG_REQUIRE_SIG N given
	disableSig  bool // GPG_DISABLE_SIG Y
	cmdUserGID  uint32
	cmdGroupSet bool
	listErrs    [len(listVars)]error // a malformed list value, reported after every stanza's checks
}

// listVars are the variables the stock parser only stores as text while it
// reads and expands into lists after the whole file and every stanza's
// checks (expand_acc_ent_lists), in this order for each stanza. Sesame
// parses them at once but reports a malformed one at that later point, so
// a file with several mistakes is refused for the one the stock names
// ("No keys found" before a bad OPEN_PORTS). As in the stock, a later line
// of the same variable replaces an earlier one, mistake included.
var listVars = [...]string{"SOURCE", "DESTINATION", "OPEN_PORTS", "RESTRICT_PORTS"}

func listVarIndex(name string) int {
	for i, n := range listVars {
		if n == name {
			return i
		}
	}
	return -1
}

func (p *accessParser) newStanza(e entry, file string) *stanzaBuilder {
	st := &Stanza{File: file, Line: e.line, Num: len(p.acc.Stanzas) + 1,
		HMACType: spa.SHA256, Mode: spa.CBC, GrantPrefixV4: 32, GrantPrefixV6: 128}
	b := &stanzaBuilder{st: st, file: file}
	var err error
	if st.Source, err = parsePrefixes(e.value); err != nil {
		b.listErrs[0] = at(stockListError("SOURCE", err), file, e.line, "SOURCE")
	}
	p.acc.Stanzas = append(p.acc.Stanzas, st)
	p.builders = append(p.builders, b)
	return b
}

// listError is the first malformed list value, stanza by stanza in file
// order, as the stock's expand_acc_ent_lists meets them; nil if none.
func (p *accessParser) listError() error {
	for _, b := range p.builders {
		for _, err := range b.listErrs {
			if err != nil {
				return err
			}
		}
	}
	return nil
}

type accessSetter func(p *accessParser, b *stanzaBuilder, v string) error

// stockOnlyAccessVars are stock access.conf names Sesame does not implement.
var stockOnlyAccessVars = map[string]string{
	"ENABLE_CMD_SUDO_EXEC": "commands are not run through sudo",
	"CMD_SUDO_EXEC_USER":   "commands are not run through sudo",
	"CMD_SUDO_EXEC_GROUP":  "commands are not run through sudo",
}

func (p *accessParser) setVar(b *stanzaBuilder, e entry, file string, keysOnly bool) error {
	name := strings.TrimSuffix(e.name, ":") // the stock parser drops a trailing colon
	set, ok := accessVars[name]
	switch {
	case keysOnly && !keyVars[name]:
		// The stock's words for a variable a keys file may not set.
		p.warn(file, e.line, "Ignoring invalid entry: '%s' (not a key variable of an %%include_keys file)", shownName(name))
		return nil
	case !ok:
		if why, known := stockOnlyAccessVars[name]; known {
			p.warn(file, e.line, "%s is not supported by Sesame (%s); ignored", name, why)
		} else {
			p.warn(file, e.line, "unknown variable %s; ignored", shownName(name))
		}
		return nil
	}
	err := set(p, b, e.value)
	if i := listVarIndex(name); i >= 0 {
		if err != nil {
			err = at(stockListError(name, err), file, e.line, name)
		}
		b.listErrs[i] = err
		return nil
	}
	if err != nil {
		return at(stockListError(name, err), file, e.line, name)
	}
	return nil
}

// forwardAll reads FORWARD_ALL: a NAT grant of the stanza forwards every
// protocol and port of the client to the NAT host (the iptables backend's
// FORWARD, DNAT and SNAT/MASQUERADE rules match the source alone; the
// nftables backend refuses such a grant, saying why).
func forwardAll(_ *accessParser, b *stanzaBuilder, v string) (err error) {
	b.st.ForwardAll, err = parseBool(v)
	return err
}

func boolField(f func(*Stanza) *bool) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		*f(b.st), err = parseBool(v)
		return
	}
}

func timeoutField(f func(*Stanza) *time.Duration) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) error {
		n, err := parseInt(v, 0, maxFWTimeout)
		*f(b.st) = time.Duration(n) * time.Second
		return err
	}
}

func stringField(max int, f func(*Stanza) *string) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) error {
		if len(v) > max {
			return badValue("longer than %d characters", max)
		}
		*f(b.st) = v
		return nil
	}
}

func portsField(f func(*Stanza) *[]spa.ProtoPort) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		*f(b.st), err = parsePortList(v)
		return
	}
}

func hexListField(f func(*Stanza) *[]string) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		*f(b.st), err = parseHexList(v)
		return
	}
}

func prefixField(lo, hi int, f func(*Stanza) *int) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		*f(b.st), err = parseInt(v, lo, hi)
		return
	}
}

// The stock's words for a key left as the sample file's placeholder or not
// in base64 ("KEY value is not properly set", "KEY_BASE64 argument ...
// doesn't look like base64-encoded data"); the value is never shown.
var (
	errPlaceholder = &valueError{sentinel: ErrKey, msg: "value is not properly set (still the sample file's placeholder)", lead: true}
	errNotBase64   = &valueError{sentinel: ErrKey, msg: "argument doesn't look like base64-encoded data (not shown)", lead: true}
)

// keyField sets an encryption or HMAC key. Messages never show the value.
func keyField(b64 bool, max int, f func(*Stanza) (*[]byte, *bool)) accessSetter {
	return func(_ *accessParser, b *stanzaBuilder, v string) error {
		if strings.EqualFold(v, placeholderKey) {
			return errPlaceholder
		}
		key := []byte(v)
		if b64 {
			var err error
			if key, err = decodeKey(v); err != nil {
				return errNotBase64
			}
		}
		if len(key) == 0 || len(key) > max {
			return &valueError{sentinel: ErrKey, msg: sprintf("key is %d bytes, want 1..%d", len(key), max)}
		}
		dst, isB64 := f(b.st)
		*dst, *isB64 = key, b64
		return nil
	}
}

// decodeKey decodes standard base64, padded or not (fko_base64_decode
// accepts both).
func decodeKey(v string) ([]byte, error) {
	if strings.ContainsRune(v, '=') {
		return base64.StdEncoding.Strict().DecodeString(v)
	}
	return base64.RawStdEncoding.Strict().DecodeString(v)
}

var accessVars = map[string]accessSetter{
	"DESTINATION": func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		b.st.Destination, err = parsePrefixes(v)
		return
	},
	"OPEN_PORTS":      portsField(func(s *Stanza) *[]spa.ProtoPort { return &s.OpenPorts }),
	"RESTRICT_PORTS":  portsField(func(s *Stanza) *[]spa.ProtoPort { return &s.RestrictPorts }),
	"KEY":             keyField(false, maxKeyLen, func(s *Stanza) (*[]byte, *bool) { return &s.Key, &s.KeyIsBase64 }),
	"KEY_BASE64":      keyField(true, maxKeyLen, func(s *Stanza) (*[]byte, *bool) { return &s.Key, &s.KeyIsBase64 }),
	"HMAC_KEY":        keyField(false, maxHMACKeyLen, func(s *Stanza) (*[]byte, *bool) { return &s.HMACKey, &s.HMACIsBase64 }),
	"HMAC_KEY_BASE64": keyField(true, maxHMACKeyLen, func(s *Stanza) (*[]byte, *bool) { return &s.HMACKey, &s.HMACIsBase64 }),
	"HMAC_DIGEST_TYPE": func(_ *accessParser, b *stanzaBuilder, v string) error {
		h, err := spa.ParseHash(v)
		if err != nil {
			return badValue("want md5, sha1, sha256, sha384, sha512, sha3_256 or sha3_512, got %s", quote(v))
		}
		b.st.HMACType = h
		return nil
	},
	"ENCRYPTION_MODE": func(_ *accessParser, b *stanzaBuilder, v string) error {
		m, err := spa.ParseMode(v)
		var fe *spa.FieldError
		if errors.As(err, &fe) {
			return badValue("Unrecognized ENCRYPTION_MODE: %s", fe.Reason) // names the value and the modes
		}
		b.st.Mode = m
		return nil
	},
	"FW_ACCESS_TIMEOUT": timeoutField(func(s *Stanza) *time.Duration { return &s.FWAccessTimeout }),
	"MAX_FW_TIMEOUT":    timeoutField(func(s *Stanza) *time.Duration { return &s.MaxFWTimeout }),
	"ENABLE_CMD_EXEC":   boolField(func(s *Stanza) *bool { return &s.EnableCmdExec }),
	"CMD_EXEC_USER": func(p *accessParser, b *stanzaBuilder, v string) error {
		uid, gid, err := p.users.LookupUser(v)
		if err != nil {
			return badValue("Unable to determine UID for CMD_EXEC_USER: %s is not a user on this system", quote(v))
		}
		b.st.CmdExecUser, b.st.CmdExecUID, b.cmdUserGID = v, uid, gid
		return nil
	},
	"CMD_EXEC_GROUP": func(p *accessParser, b *stanzaBuilder, v string) error {
		gid, err := lookupExecGroup(p.users, v)
		if err != nil {
			return badValue("Unable to determine GID for CMD_EXEC_GROUP: %s is neither a group nor a user on this system", quote(v))
		}
		b.st.CmdExecGroup, b.st.CmdExecGID, b.cmdGroupSet = v, gid, true
		return nil
	},
	"CMD_CYCLE_OPEN":  stringField(maxCmdCycleLen, func(s *Stanza) *string { return &s.CmdCycleOpen }),
	"CMD_CYCLE_CLOSE": stringField(maxCmdCycleLen, func(s *Stanza) *string { return &s.CmdCycleClose }),
	"CMD_CYCLE_TIMER": func(_ *accessParser, b *stanzaBuilder, v string) error {
		n, err := parseInt(v, 1, maxFWTimeout)
		b.st.CmdCycleTimer = time.Duration(n) * time.Second
		return err
	},
	"REQUIRE_USERNAME":       stringField(64, func(s *Stanza) *string { return &s.RequireUsername }),
	"REQUIRE_SOURCE_ADDRESS": boolField(func(s *Stanza) *bool { return &s.RequireSourceAddress }),
	"REQUIRE_SOURCE":         boolField(func(s *Stanza) *bool { return &s.RequireSourceAddress }),
	"ACCESS_EXPIRE": func(p *accessParser, b *stanzaBuilder, v string) (err error) {
		b.st.AccessExpire, err = parseDate(v, p.loc)
		return
	},
	"ACCESS_EXPIRE_EPOCH": func(_ *accessParser, b *stanzaBuilder, v string) error {
		n, err := parseInt(v, 0, 1<<40)
		if err != nil {
			return badValue("invalid epoch seconds value for access stanza expiration time: %v", err)
		}
		b.st.AccessExpire = time.Unix(int64(n), 0)
		return nil
	},
	"FORCE_NAT": func(p *accessParser, b *stanzaBuilder, v string) (err error) {
		if err := p.needNAT(); err != nil {
			return err
		}
		b.st.ForceNAT, err = parseForceNAT(v)
		return
	},
	"FORCE_SNAT": func(p *accessParser, b *stanzaBuilder, v string) (err error) {
		if err := p.needNAT(); err != nil {
			return err
		}
		if b.st.ForceSNAT, err = parseAddr(v); err != nil {
			return badValue("invalid FORCE_SNAT IP %s", quote(v))
		}
		return nil
	},
	"FORCE_MASQUERADE": boolField(func(s *Stanza) *bool { return &s.ForceMasquerade }),
	"DISABLE_DNAT":     boolField(func(s *Stanza) *bool { return &s.DisableDNAT }),
	"FORWARD_ALL":      forwardAll,
	"GPG_HOME_DIR": func(p *accessParser, b *stanzaBuilder, v string) error {
		fi, err := p.fsys.Stat(v)
		switch {
		case err != nil:
			return badValue("unable to lstat() path %s: %s", quote(v), errText(err))
		case !fi.IsDir():
			return badValue("%s is not a directory", quote(v))
		}
		b.st.GPGHomeDir = v
		return nil
	},
	"GPG_EXE":        stringField(4096, func(s *Stanza) *string { return &s.GPGExe }),
	"GPG_DECRYPT_ID": stringField(128, func(s *Stanza) *string { return &s.GPGDecryptID }),
	"GPG_DECRYPT_PW": func(_ *accessParser, b *stanzaBuilder, v string) error {
		if strings.EqualFold(v, placeholderKey) {
			return errPlaceholder
		}
		b.st.GPGDecryptPW = v
		return nil
	},
	"GPG_ALLOW_NO_PW": boolField(func(s *Stanza) *bool { return &s.GPGAllowNoPW }),
	"GPG_REQUIRE_SIG": func(_ *accessParser, b *stanzaBuilder, v string) error {
		y, err := parseBool(v)
		b.requireSigY, b.requireSigN = y, !y
		return err
	},
	"GPG_DISABLE_SIG": func(_ *accessParser, b *stanzaBuilder, v string) (err error) {
		b.disableSig, err = parseBool(v)
		return
	},
	"GPG_IGNORE_SIG_VERIFY_ERROR": boolField(func(s *Stanza) *bool { return &s.GPGIgnoreSigVerifyError }),
	"GPG_REMOTE_ID":               hexListField(func(s *Stanza) *[]string { return &s.GPGRemoteIDs }),
	"GPG_FINGERPRINT_ID":          hexListField(func(s *Stanza) *[]string { return &s.GPGFingerprints }),
	"GRANT_PREFIX_V4":             prefixField(16, 32, func(s *Stanza) *int { return &s.GrantPrefixV4 }),
	"GRANT_PREFIX_V6":             prefixField(48, 128, func(s *Stanza) *int { return &s.GrantPrefixV6 }),
	"SESAME_CLIENT": func(p *accessParser, b *stanzaBuilder, v string) error {
		if err := checkClientName(v); err != nil {
			return err
		}
		if o := p.acc.ByName(v); o != nil && o != b.st {
			return &valueError{sentinel: ErrConflict, msg: sprintf("name %s is already used by the stanza at %s", quote(v), place(o.File, o.Line))}
		}
		b.st.Name = v
		return nil
	},
}

// done applies the stock end-of-stanza checks and defaults
// (acc_data_is_valid, set_acc_defaults). A nil builder is a no-op.
func (b *stanzaBuilder) done(p *accessParser) error {
	if b == nil {
		return nil
	}
	st := b.st
	fail := func(sentinel error, format string, args ...any) error {
		return errorf(sentinel, st.File, st.Line, "stanza %s: %s", st.Label(), sprintf(format, args...))
	}
	if !st.UsesRijndael() && !st.UsesGPG() {
		return fail(ErrMissingKey, "No keys found for access stanza source: no KEY, KEY_BASE64, GPG_DECRYPT_PW or GPG_ALLOW_NO_PW")
	}
	if len(st.HMACKey) > 0 && (bytes.Equal(st.HMACKey, st.Key) || !st.GPGAllowNoPW && st.GPGDecryptPW != "" && string(st.HMACKey) == st.GPGDecryptPW) {
		return fail(ErrKey, "The encryption passphrase and HMAC key should not be identical")
	}
	if st.Mode == spa.Asymmetric && st.UsesRijndael() {
		// fwknopd would load it and then never open a Rijndael packet.
		return fail(ErrConflict, "ENCRYPTION_MODE asymmetric is GPG's mode: a KEY in it opens nothing (remove the KEY or the mode)")
	}
	if st.Mode == spa.Legacy && len(st.Key) > legacyKeyLen {
		// As the stock (access.c): old clients derived the key from its
		// first 16 bytes only, so the rest must not reach the cipher.
		p.warn(st.File, st.Line, "stanza %s: legacy mode uses only the first %d bytes of the key: Warning: truncating encryption key in legacy mode to %d bytes", st.Label(), legacyKeyLen, legacyKeyLen)
		st.Key = st.Key[:legacyKeyLen:legacyKeyLen]
	}
	if (st.ForceSNAT.IsValid() || st.ForceMasquerade) && !st.ForceNAT.IsValid() {
		if !st.ForwardAll {
			return fail(ErrConflict, "FORCE_SNAT/FORCE_MASQUERADE requires either FORCE_NAT or FORWARD_ALL")
		}
		st.ForceNAT = netip.AddrPortFrom(netip.IPv4Unspecified(), 0)
	}
	if st.CmdExecUser != "" && !b.cmdGroupSet {
		st.CmdExecGID = b.cmdUserGID
	}
	if err := b.checkCmdCycle(fail); err != nil {
		return err
	}
	b.timeoutDefaults(p)
	return b.gpgDefaults(p, fail)
}

func (b *stanzaBuilder) checkCmdCycle(fail func(error, string, ...any) error) error {
	st := b.st
	switch {
	case st.CmdCycleOpen != "" && st.CmdCycleClose == "":
		return fail(ErrConflict, "Cannot set CMD_CYCLE_OPEN without also setting CMD_CYCLE_CLOSE")
	case st.CmdCycleClose != "" && st.CmdCycleOpen == "":
		return fail(ErrConflict, "Cannot set CMD_CYCLE_CLOSE without also setting CMD_CYCLE_OPEN")
	case st.CmdCycleOpen != "" && !strings.HasPrefix(st.CmdCycleClose, "NONE") && st.CmdCycleTimer == 0:
		return fail(ErrConflict, "Must set the CMD_CYCLE_TIMER for command cycle functionality")
	}
	return nil
}

func (b *stanzaBuilder) timeoutDefaults(p *accessParser) {
	st := b.st
	if st.FWAccessTimeout == 0 {
		st.FWAccessTimeout = defFWTimeout
	}
	if st.MaxFWTimeout == 0 {
		st.MaxFWTimeout = defMaxFWTimout
	}
	if st.MaxFWTimeout < st.FWAccessTimeout {
		p.warn(st.File, st.Line, "stanza %s: MAX_FW_TIMEOUT < FW_ACCESS_TIMEOUT, honoring MAX_FW_TIMEOUT", st.Label())
	}
}

// gpgDefaults follows the stock rules: signatures are required unless
// GPG_DISABLE_SIG Y (GPG_REQUIRE_SIG N alone does not turn them off), and
// a stanza that checks signatures must list the allowed signers.
func (b *stanzaBuilder) gpgDefaults(p *accessParser, fail func(error, string, ...any) error) error {
	st := b.st
	if !st.UsesGPG() {
		return nil
	}
	st.GPGRequireSig = b.requireSigY || !b.disableSig
	if b.requireSigN && !b.disableSig {
		p.warn(st.File, st.Line, "stanza %s: GPG_REQUIRE_SIG N has no effect without GPG_DISABLE_SIG Y; signatures are required", st.Label())
	}
	switch {
	case b.disableSig && !b.requireSigY:
		p.warn(st.File, st.Line, "stanza %s: GPG_REQUIRE_SIG should really be enabled: GPG signatures are not checked (GPG_DISABLE_SIG Y)", st.Label())
	case b.disableSig:
		p.warn(st.File, st.Line, "stanza %s: GPG_REQUIRE_SIG and GPG_DISABLE_SIG are both set, will check sigs", st.Label())
	}
	if !b.disableSig && len(st.GPGRemoteIDs) == 0 && len(st.GPGFingerprints) == 0 {
		return fail(ErrConflict, "Must have either sig ID's or fingerprints to check via GPG_REMOTE_ID or GPG_FINGERPRINT_ID (GPG signatures are checked)")
	}
	return nil
}

// parsePrefixes reads SOURCE/DESTINATION: ANY, addresses and networks
// (CIDR or, as the stock parser allows, a dotted IPv4 mask), separated by
// commas and/or blanks. Host bits are masked off as the stock parser does.
// ANY in SOURCE or DESTINATION: every IPv4 and every IPv6 address.
var (
	anyV4 = netip.PrefixFrom(netip.IPv4Unspecified(), 0)
	anyV6 = netip.PrefixFrom(netip.IPv6Unspecified(), 0)
)

func parsePrefixes(v string) ([]netip.Prefix, error) {
	items := splitList(v)
	if len(items) == 0 {
		return nil, badValue("empty address list")
	}
	var out []netip.Prefix
	for _, it := range items {
		if strings.EqualFold(it, "ANY") {
			out = append(out, anyV4, anyV6)
			continue
		}
		p, err := parsePrefix(it)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func parsePrefix(s string) (netip.Prefix, error) {
	addrText, maskText, hasMask := strings.Cut(s, "/")
	a, err := netip.ParseAddr(addrText)
	if err != nil || a.Zone() != "" {
		return netip.Prefix{}, notAnAddress(s, addrText, hasMask)
	}
	bits := a.BitLen()
	if hasMask {
		if bits, err = parseMask(maskText, a); err != nil {
			return netip.Prefix{}, badValue("%v in %s", err, quote(s))
		}
	}
	// Packets are matched unmapped, so a mapped network becomes IPv4.
	if a.Is4In6() {
		if bits < 96 {
			return netip.Prefix{}, badValue("an IPv4-mapped network needs a mask of 96 or more: %s", quote(s))
		}
		a, bits = a.Unmap(), bits-96
	}
	return netip.PrefixFrom(a, bits).Masked(), nil
}

// parseMask reads a CIDR length of 1 or more, as the stock's
// add_source_mask does (strtol_wrapper(mask, 1, 32)): "/0" is refused, for
// IPv6 too, because ANY is how access.conf says every address. A dotted
// IPv4 mask may be 0.0.0.0, which the stock also takes.
func parseMask(m string, a netip.Addr) (int, error) {
	if m == "" {
		return 0, badValue("Missing mask value")
	}
	if n, err := parseInt(m, 0, a.BitLen()); err == nil {
		if n == 0 {
			return 0, badValue("Invalid IP mask str: /0 (write ANY for every address)")
		}
		return n, nil
	}
	if !strings.Contains(m, ".") {
		return 0, badValue("Invalid IP mask str: not a CIDR length 1..%d", a.BitLen())
	}
	mask, err := netip.ParseAddr(m)
	if err != nil || !mask.Is4() || !a.Is4() {
		return 0, badValue("Fatal error parsing IP mask: not a dotted IPv4 mask")
	}
	b := mask.As4()
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	ones := 0
	for v&(1<<31) != 0 {
		v <<= 1
		ones++
	}
	if v != 0 {
		return 0, badValue("Invalid IP mask str: not contiguous")
	}
	return ones, nil
}

// parsePortList reads OPEN_PORTS/RESTRICT_PORTS as expand_acc_port_list
// does: "tcp/22, udp/53", protocol tcp or udp in any case, port 0..65535.
// Duplicates are dropped: the stock all-must-match count
// (compare_port_list) is only right without them.
func parsePortList(v string) ([]spa.ProtoPort, error) {
	var out []spa.ProtoPort
	for _, it := range strings.Split(v, ",") {
		it = strings.TrimSpace(it)
		proto, port, ok := strings.Cut(it, "/")
		proto = strings.ToLower(proto)
		switch {
		case !ok:
			return nil, badValue("Parse error on access port entry: want tcp/PORT or udp/PORT, got %s", quote(it))
		case proto != "tcp" && proto != "udp":
			return nil, badValue("Invalid protocol in access port entry: want tcp/PORT or udp/PORT, got %s", quote(it))
		}
		n, err := parseInt(port, 0, 65535)
		if err != nil {
			return nil, badValue("Invalid port in access port entry %s, must be in [0,65535]", quote(it))
		}
		pp := spa.ProtoPort{Proto: proto, Port: uint16(n)}
		if !containsPort(out, pp) {
			out = append(out, pp)
		}
	}
	return out, nil
}

func parseHexList(v string) ([]string, error) {
	var out []string
	for _, it := range strings.Split(v, ",") {
		it = strings.ToUpper(strings.TrimSpace(it))
		if it == "" {
			return nil, badValue("empty item in %s", quote(v))
		}
		for i := 0; i < len(it); i++ {
			if !(it[i] >= '0' && it[i] <= '9' || it[i] >= 'A' && it[i] <= 'F') {
				return nil, badValue("%s is not a hexadecimal key id or fingerprint", quote(it))
			}
		}
		out = append(out, it)
	}
	return out, nil
}

// parseDate reads ACCESS_EXPIRE MM/DD/YYYY as local midnight (mktime).
// As the stock's add_acc_expire_time, month and day may have one digit and
// a year below 100 is 20YY ("3/10/01" is March 10, 2001); a date that does
// not exist is refused (the stock's mktime would roll it over).
func parseDate(v string, loc *time.Location) (time.Time, error) {
	f := strings.Split(v, "/")
	bad := badValue("invalid date value %s (need MM/DD/YYYY) for access stanza expiration time", quote(v))
	if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 || (len(f[2]) != 4 && len(f[2]) > 2) {
		return time.Time{}, bad
	}
	m, err1 := parseInt(f[0], 1, 12)
	d, err2 := parseInt(f[1], 1, 31)
	y, err3 := parseInt(f[2], 0, 9999)
	if len(f[2]) <= 2 {
		y += 2000
	}
	if err1 != nil || err2 != nil || err3 != nil || y < 1970 {
		return time.Time{}, bad
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if t.Day() != d {
		return time.Time{}, badValue("no such date %s", quote(v))
	}
	return t, nil
}

// parseForceNAT reads "IP PORT".
func parseForceNAT(v string) (netip.AddrPort, error) {
	f := strings.Fields(v)
	if len(f) != 2 || strings.TrimLeft(f[1], "0123456789") != "" {
		return netip.AddrPort{}, badValue("invalid FORCE_NAT arg %s, need <IP> <PORT>", quote(v))
	}
	n, err := parseInt(f[1], 0, 65535)
	if err != nil {
		return netip.AddrPort{}, badValue("invalid FORCE_NAT port %s, must be in [0,65535]", quote(f[1]))
	}
	a, err := parseAddr(f[0])
	if err != nil {
		return netip.AddrPort{}, badValue("invalid FORCE_NAT IP %s", quote(f[0]))
	}
	return netip.AddrPortFrom(a, uint16(n)), nil
}

func checkClientName(v string) error {
	if len(v) > maxClientName {
		return badValue("name longer than %d characters", maxClientName)
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c == '_' || c == '-' || c == '.' || c == '@' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return badValue("name may hold only letters, digits and . _ - @, got %s", quote(v))
		}
	}
	return nil
}
