package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// stockOption is one option of the stock client, fwknop 2.6.10
// (client/cmd_opts.h): its one-letter form, if any, its long name, and
// whether it takes a value.
type stockOption struct {
	short byte
	long  string
	value bool
}

// stockOptions is every option of `fwknop` 2.6.10, in cmd_opts.h's order.
// The option table (README, "Stock client options") has one row for each,
// saying what `sesame knock` does with it; TestStockOptionsCovered fails
// when one is neither in knockOptions nor in unsupported.
var stockOptions = []stockOption{
	{'a', "allow-ip", true}, {'A', "access", true}, {'b', "save-packet-append", false},
	{'B', "save-packet", true}, {0, "save-rc-stanza", false}, {0, "force-stanza", false},
	{0, "stanza-list", false}, {0, "no-save-args", false}, {'C', "server-cmd", true},
	{'m', "digest-type", true}, {'D', "destination", true}, {'E', "save-args-file", true},
	{'M', "encryption-mode", true}, {0, "fd", true}, {'f', "fw-timeout", true},
	{0, "fault-injection-tag", true}, {'g', "gpg-encryption", false}, {0, "gpg-recipient-key", true},
	{0, "gpg-signer-key", true}, {0, "gpg-home-dir", true}, {0, "gpg-exe", true},
	{0, "gpg-agent", false}, {0, "gpg-no-signing-pw", false}, {'G', "get-key", true},
	{0, "get-hmac-key", true}, {'h', "help", false}, {'H', "http-proxy", true},
	{'k', "key-gen", false}, {'K', "key-gen-file", true}, {0, "key-rijndael", true},
	{0, "key-base64-rijndael", true}, {0, "key-base64-hmac", true}, {0, "key-hmac", true},
	{0, "key-len", true}, {0, "hmac-key-len", true}, {0, "hmac-digest-type", true},
	{0, "icmp-type", true}, {0, "icmp-code", true}, {'l', "last-cmd", false},
	{'N', "nat-access", true}, {'n', "named-config", true}, {0, "nat-local", false},
	{0, "nat-port", true}, {0, "nat-rand-port", false}, {0, "no-home-dir", false},
	{0, "no-rc-file", false}, {'p', "server-port", true}, {'P', "server-proto", true},
	{'Q', "spoof-source", true}, {0, "spoof-src", true}, {0, "rc-file", true},
	{'r', "rand-port", false}, {0, "resolve-ip-http", false}, {'R', "resolve-ip-https", false},
	{0, "resolve-http-only", false}, {0, "resolve-url", true}, {0, "server-resolve-ipv4", false},
	{0, "show-last", false}, {'s', "source-ip", false}, {'S', "source-port", true},
	{0, "stdin", false}, {'T', "test", false}, {0, "time-offset-plus", true},
	{0, "time-offset-minus", true}, {'u', "user-agent", true}, {0, "use-hmac", false},
	{0, "use-wget-user-agent", false}, {'U', "spoof-user", true}, {'v', "verbose", false},
	{'V', "version", false}, {'w', "wget-cmd", true},
}

// optionStock is how `sesame knock` differs from the stock client for
// the options of knockOptions that do not behave the same: "different:
// how" or "sesame only: what". An option of knockOptions not listed here
// behaves as the stock client's; one in unsupported (getopt.go) is
// refused with its reason.
var optionStock = map[string]string{
	"help":                "different: Sesame's own help text",
	"version":             "different: prints `sesame knock, fwknop 2.6 compatible, FKO protocol version 3.0.0`",
	"resolve-ip-http":     "different: a synonym of -R (HTTPS), as in the stock client, which also uses HTTPS for it",
	"encryption-mode":     "different: a mode other than cbc with GPG, which the stock ignores, is refused",
	"test":                "different: the stock client's field dump and its `test mode enabled, SPA packet not actually sent.` line, then the packet on a last line of its own (the stock prints none)",
	"destination":         "different: an empty name (`-D \"\"`) is refused; the stock client builds a packet with -T",
	"save-rc-stanza":      "different: keeps the file's comments and blank lines (the stock drops them); as the stock, asks on standard input before it overwrites a key variable of an existing stanza (no --force-stanza); -v's Updating lines show no key",
	"key-gen-file":        "different: the file is written mode 0600 (the stock leaves it to the umask)",
	"http-proxy":          "different: the Host header names the server, as HTTP asks (the stock writes the proxy's name); [IPv6]:port proxies work",
	"use-wget-user-agent": "different: without -w, -R's request carries no User-Agent (sesame fetches the address itself; the stock client always runs wget)",
	"ipv4":                "sesame only: IPv4 for the -D host, the -R address and -a",
	"ipv6":                "sesame only: IPv6 for the -D host, the -R address and -a",
	"key-rijndael-file":   "sesame only: the first line of a 0600 file is the Rijndael passphrase",
	"key-hmac-file":       "sesame only: the first line of a 0600 file is the HMAC passphrase",
	// An empty key (an empty line, or ^C) seals nothing: the stock client
	// seals with it, a packet that no fwknopd stanza (KEY is never empty)
	// opens.
	"stdin": "different: an empty key (an empty line, or ^C) is refused; the stock client seals with an empty key, which no server opens",
	"fd":    "different: an empty key (an empty line, or ^C) is refused; the stock client seals with an empty key, which no server opens",
}

// Stock statuses, the first word of a row's status.
const (
	statusSame      = "same"
	statusDifferent = "different"
	statusRefused   = "refused"
	statusSesame    = "sesame only"
)

// optionStatus is the status of the stock option named long: "same",
// "different: how" or "refused: why".
func optionStatus(long string) string {
	if lookupLongExact(knockOptions, long) != nil {
		if s, ok := optionStock[long]; ok {
			return s
		}
		return statusSame
	}
	if why, ok := unsupported[long]; ok {
		return statusRefused + ": " + why
	}
	return ""
}

func lookupLongExact[T any](opts []option[T], long string) *option[T] {
	for i := range opts {
		if opts[i].long == long {
			return &opts[i]
		}
	}
	return nil
}

// stockShort is the stock option whose one-letter form is c, if any.
func stockShort(c byte) (stockOption, bool) {
	for _, s := range stockOptions {
		if s.short == c {
			return s, true
		}
	}
	return stockOption{}, false
}

// Counts are the rows of the option table by status.
type Counts struct{ Same, Different, Refused, SesameOnly int }

func (n *Counts) add(status string) {
	switch kind, _, _ := strings.Cut(status, ":"); kind {
	case statusSame:
		n.Same++
	case statusDifferent:
		n.Different++
	case statusRefused:
		n.Refused++
	case statusSesame:
		n.SesameOnly++
	}
}

func (n Counts) String() string {
	return fmt.Sprintf("%d same, %d different, %d refused, %d Sesame only", n.Same, n.Different, n.Refused, n.SesameOnly)
}

// OptionTable is the README's "Stock client options" table: one row for
// every option of the stock client and of `sesame knock`, then one for
// every ~/.fwknoprc variable, each with what Sesame does with it. The
// counts are of the options and of the variables.
func OptionTable() (table string, options, vars Counts) {
	var b strings.Builder
	b.WriteString("| option | Sesame |\n|---|---|\n")
	for _, s := range stockOptions {
		st := optionStatus(s.long)
		options.add(st)
		fmt.Fprintf(&b, "| %s | %s |\n", optionName(s.short, s.long), st)
	}
	for _, o := range knockOptions {
		if isStock(o.long) {
			continue
		}
		st := optionStatus(o.long)
		options.add(st)
		fmt.Fprintf(&b, "| %s | %s |\n", optionName(o.short, o.long), st)
	}
	b.WriteString("\n| `~/.fwknoprc` variable | Sesame |\n|---|---|\n")
	names := fwknoprc.StockVariables()
	sort.Strings(names)
	for _, name := range names {
		st := fwknoprc.VariableStatus(name)
		vars.add(st)
		fmt.Fprintf(&b, "| `%s` | %s |\n", name, st)
	}
	return b.String(), options, vars
}

func isStock(long string) bool {
	for _, s := range stockOptions {
		if s.long == long {
			return true
		}
	}
	return false
}

func optionName(short byte, long string) string {
	name := "`--" + long + "`"
	if short != 0 {
		name = fmt.Sprintf("`-%c`, %s", short, name)
	}
	return name
}

// The markers around the generated table in README.md.
const (
	tableBegin = "<!-- stock-options: generated by `go run ./desktop/internal/cli/optdoc`; do not edit -->\n"
	tableEnd   = "<!-- stock-options end -->\n"
)

// UpdateREADME returns readme with the text between the option table's
// markers replaced by OptionTable's.
func UpdateREADME(readme string) (string, error) {
	head, rest, ok := strings.Cut(readme, tableBegin)
	if !ok {
		return "", fmt.Errorf("README.md: no line %q", strings.TrimSpace(tableBegin))
	}
	_, tail, ok := strings.Cut(rest, tableEnd)
	if !ok {
		return "", fmt.Errorf("README.md: no line %q", strings.TrimSpace(tableEnd))
	}
	table, _, _ := OptionTable()
	return head + tableBegin + table + tableEnd + tail, nil
}
