package sshlaunch

import (
	"fmt"
	"strings"
)

// ConfigBlock returns a ~/.ssh/config Host block named alias that reaches
// host with the settings s through `sesame proxy alias %h %p`, so that a
// plain `ssh alias` knocks first. sesame is the path of the sesame
// program. Extra ssh arguments of s are not config keywords and are left
// out. alias must be a profile name (letters, digits, '.', '_', '-').
func ConfigBlock(alias, host string, s Settings, sesame string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Host %s\n", alias)
	fmt.Fprintf(&b, "    HostName %s\n", host)
	if s.Port != 0 {
		fmt.Fprintf(&b, "    Port %d\n", s.Port)
	}
	if s.User != "" {
		fmt.Fprintf(&b, "    User %s\n", configQuote(s.User))
	}
	if s.Identity != "" {
		fmt.Fprintf(&b, "    IdentityFile %s\n", configQuote(s.Identity))
	}
	// ssh runs ProxyCommand through the user's shell: quote for it.
	fmt.Fprintf(&b, "    ProxyCommand %s proxy %s %%h %%p\n", shellQuote(sesame), alias)
	return b.String()
}

// configQuote wraps a value holding spaces in the double quotes ssh_config
// understands.
func configQuote(s string) string {
	if strings.ContainsAny(s, " \t") {
		return `"` + s + `"`
	}
	return s
}
