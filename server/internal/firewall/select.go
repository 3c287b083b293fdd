package firewall

import (
	"fmt"
	"os/exec"
	"strings"
)

// Backend names a Firewall implementation, as FIREWALL_BACKEND does.
type Backend string

// The backends.
const (
	BackendIPTables Backend = "iptables"
	BackendNFTables Backend = "nftables"
)

// hookChain is a base chain of type filter on the input hook.
type hookChain struct {
	family, table, name string
}

func (c hookChain) String() string { return c.family + " " + c.table + " chain " + c.name }

// iptablesTables are the tables iptables-nft creates in families ip and
// ip6, each with its built-in chains in upper case (INPUT).
var iptablesTables = map[string]bool{"filter": true, "mangle": true, "raw": true, "security": true, "nat": true}

// madeByIPTables tells iptables-nft's chains from a native ruleset's: in
// family ip or ip6, a table of iptables' with a chain named in upper case.
func (c hookChain) madeByIPTables() bool {
	return (c.family == "ip" || c.family == "ip6") && iptablesTables[c.table] && c.name == strings.ToUpper(c.name)
}

// Detect chooses the backend when FIREWALL_BACKEND is absent, and says why
// (for -D): nftables where the input hook already has a base chain that
// iptables did not make (a native nftables ruleset such as Debian's
// /etc/nftables.conf: an iptables ACCEPT could never open a port that such
// a chain drops); iptables where the iptables program iptablesExe (a path
// or a name in PATH: FIREWALL_EXE) is an executable and no such chain
// exists; nftables otherwise. It reads the ruleset of the calling thread's
// network namespace and changes nothing.
func Detect(iptablesExe string) (Backend, string) {
	chains, err := hookChains()
	_, lookErr := exec.LookPath(iptablesExe)
	return choose(chains, err, iptablesExe, lookErr == nil)
}

// choose is Detect's rule on what it found.
func choose(chains []hookChain, listErr error, iptablesExe string, haveIPTables bool) (Backend, string) {
	for _, c := range chains {
		if !c.madeByIPTables() && !(c.family == "inet" && c.table == nftOwnTable) {
			return BackendNFTables, fmt.Sprintf("nftables: %s is a native nftables base chain on the input hook (an iptables ACCEPT could not open what it drops)", c)
		}
	}
	seen := "no native nftables base chain on the input hook"
	if listErr != nil {
		seen = fmt.Sprintf("the nftables ruleset could not be read (%v)", listErr)
	}
	if haveIPTables {
		return BackendIPTables, "iptables: " + iptablesExe + " exists and " + seen
	}
	return BackendNFTables, "nftables: no iptables program " + iptablesExe + ", and " + seen
}
