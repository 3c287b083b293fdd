package knock

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/shared/spa"
)

// The stock client checks a NAT knock's -A and -N itself before libfko
// sees them (client/fwknop.c set_access_buf and set_nat_access), in words
// that fwknop's suite greps; these checks say the same first.

// natPorts is set_access_buf with a NAT port: the -A protocol with the
// NAT port in place of the -A port, for one proto/port only.
func natPorts(access string, natPort int) ([]spa.ProtoPort, string, error) {
	proto, rest, ok := strings.Cut(access, "/")
	switch {
	case !ok:
		return nil, "", invalid("Expecting <proto>/<port> for -A arg.: access %q (want proto/port, like tcp/22)", access)
	case strings.Contains(rest, "/"):
		return nil, "", invalid("NAT for multiple ports/protocols not yet supported: access %q: NAT for more than one port is not supported (as with fwknop)", access)
	}
	text := proto + "/" + strconv.Itoa(natPort)
	ports, err := spa.ParseProtoPorts(text)
	if err != nil {
		return nil, "", invalid("Invalid SPA access message format: access %q: %v (want proto/port, like tcp/22)", access, err)
	}
	return ports, text, nil
}

// checkNATAccessPort is set_nat_access's check of the -A port (its
// leading digits): 1..65535.
func checkNATAccessPort(portText string) error {
	digits := leadingDigits(portText)
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > 65535 {
		return invalid("Invalid port value '%s' for -A arg.: want a port 1..65535", orZero(digits))
	}
	return nil
}

// checkNATPort is set_nat_access's check of the -N port: digits only,
// 1..65535.
func checkNATPort(natAccess, port string) error {
	n, err := strconv.Atoi(port)
	if err != nil || leadingDigits(port) != port || n < 1 || n > 65535 {
		return invalid("Invalid port value in -N arg.: nat-access %q: want a port 1..65535 after the host", natAccess)
	}
	return nil
}

func orZero(digits string) string {
	if digits == "" {
		return "0"
	}
	return digits
}

// validNATHost is set_nat_access's test of the -N host: an IP address
// (Sesame takes IPv6 too, where the stock takes only IPv4) or a host
// name by is_valid_hostname's rules: at most 254 characters, labels of
// letters, digits and '-' that start with a letter or digit, end with
// neither '-' nor '.', and are at most 63 long; one trailing '.' is
// allowed.
func validNATHost(host string) bool {
	if _, err := netip.ParseAddr(host); err == nil {
		return true
	}
	if host == "" || len(host) > 254 {
		return false
	}
	name := strings.TrimSuffix(host, ".")
	for _, label := range strings.Split(name, ".") {
		if !validLabel(label) {
			return false
		}
	}
	return true
}

func validLabel(l string) bool {
	if l == "" || len(l) > 63 || !isAlnum(l[0]) || !isAlnum(l[len(l)-1]) {
		return false
	}
	for i := 0; i < len(l); i++ {
		if !isAlnum(l[i]) && l[i] != '-' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
