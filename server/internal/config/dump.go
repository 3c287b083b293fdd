package config

import (
	"fmt"
	"io"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Dump prints the stanzas like the access part of `fwknopd -D`. Keys and
// the GPG passphrase print as "<set>" with their length at most.
func (a *Access) Dump(w io.Writer) {
	fmt.Fprintln(w, "Current fwknopd access settings:")
	for _, s := range a.Stanzas {
		fmt.Fprintf(w, "SOURCE (%d):  %s\n", s.Num, sourceText(s.Source))
		fmt.Fprintln(w, "==============================================================")
		for _, r := range s.dumpRows() {
			fmt.Fprintf(w, "%27s:  %s\n", r[0], r[1])
		}
		fmt.Fprintln(w)
	}
}

func (s *Stanza) dumpRows() [][2]string {
	return [][2]string{
		{"FILE", place(s.File, s.Line)},
		{"SESAME_CLIENT", notSet(s.Name)},
		{"DESTINATION", notSet(prefixList(s.Destination))},
		{"OPEN_PORTS", notSet(portList(s.OpenPorts))},
		{"RESTRICT_PORTS", notSet(portList(s.RestrictPorts))},
		{"KEY", secret(len(s.Key) > 0 && !s.KeyIsBase64)},
		{"KEY_BASE64", secret(len(s.Key) > 0 && s.KeyIsBase64)},
		{"KEY_LEN", strconv.Itoa(len(s.Key))},
		{"HMAC_KEY", secret(len(s.HMACKey) > 0 && !s.HMACIsBase64)},
		{"HMAC_KEY_BASE64", secret(len(s.HMACKey) > 0 && s.HMACIsBase64)},
		{"HMAC_KEY_LEN", strconv.Itoa(len(s.HMACKey))},
		{"HMAC_DIGEST_TYPE", s.HMACType.String()},
		{"ENCRYPTION_MODE", s.Mode.String()},
		{"FW_ACCESS_TIMEOUT", seconds(s.FWAccessTimeout)},
		{"MAX_FW_TIMEOUT", seconds(s.MaxFWTimeout)},
		{"ENABLE_CMD_EXEC", yesNo(s.EnableCmdExec)},
		{"CMD_EXEC_USER", notSet(s.CmdExecUser)},
		{"CMD_EXEC_GROUP", notSet(s.CmdExecGroup)},
		{"CMD_CYCLE_OPEN", notSet(s.CmdCycleOpen)},
		{"CMD_CYCLE_CLOSE", notSet(s.CmdCycleClose)},
		{"CMD_CYCLE_TIMER", seconds(s.CmdCycleTimer)},
		{"REQUIRE_USERNAME", notSet(s.RequireUsername)},
		{"REQUIRE_SOURCE_ADDRESS", yesNo(s.RequireSourceAddress)},
		{"FORCE_NAT", notSet(addrPort(s.ForceNAT))},
		{"FORCE_SNAT", notSet(addrText(s.ForceSNAT))},
		{"FORCE_MASQUERADE", yesNo(s.ForceMasquerade)},
		{"DISABLE_DNAT", yesNo(s.DisableDNAT)},
		{"FORWARD_ALL", yesNo(s.ForwardAll)},
		{"ACCESS_EXPIRE", notSet(timeText(s.AccessExpire))},
		{"GPG_HOME_DIR", notSet(s.GPGHomeDir)},
		{"GPG_EXE", notSet(s.GPGExe)},
		{"GPG_DECRYPT_ID", notSet(s.GPGDecryptID)},
		{"GPG_DECRYPT_PW", secret(s.GPGDecryptPW != "")},
		{"GPG_ALLOW_NO_PW", yesNo(s.GPGAllowNoPW)},
		{"GPG_REQUIRE_SIG", yesNo(s.GPGRequireSig)},
		{"GPG_IGNORE_SIG_VERIFY_ERROR", yesNo(s.GPGIgnoreSigVerifyError)},
		{"GPG_REMOTE_ID", notSet(strings.Join(s.GPGRemoteIDs, ","))},
		{"GPG_FINGERPRINT_ID", notSet(strings.Join(s.GPGFingerprints, ","))},
		{"GRANT_PREFIX_V4", strconv.Itoa(s.GrantPrefixV4)},
		{"GRANT_PREFIX_V6", strconv.Itoa(s.GrantPrefixV6)},
	}
}

func secret(set bool) string {
	if set {
		return "<set>"
	}
	return "<not set>"
}

func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

func seconds(d time.Duration) string { return strconv.FormatInt(int64(d/time.Second), 10) }

// sourceText is a SOURCE as -D prints it: ANY for every address, as the
// stock prints the ANY its access.conf holds (scripts grep for it).
func sourceText(ps []netip.Prefix) string {
	if len(ps) == 2 && ps[0] == anyV4 && ps[1] == anyV6 {
		return "ANY"
	}
	return prefixList(ps)
}

func prefixList(ps []netip.Prefix) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, ", ")
}

func portList(ps []spa.ProtoPort) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return strings.Join(out, ", ")
}

func addrText(a netip.Addr) string {
	if !a.IsValid() {
		return ""
	}
	return a.String()
}

func addrPort(ap netip.AddrPort) string {
	if !ap.IsValid() {
		return ""
	}
	return ap.Addr().String() + " " + strconv.Itoa(int(ap.Port()))
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
