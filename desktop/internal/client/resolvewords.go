package client

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sesame-spa/sesame/desktop/internal/knock"
)

// -R fails in the stock client's words (client/http_resolve_host.c),
// which fwknop's suite greps: a --resolve-url its parse_url refuses is
// "Error parsing resolve-url" and a failed lookup is "Could not resolve IP
// via: '...'", naming the wget command line or, when Sesame asks the URL
// itself (no -w), the URL.

// The stock's MAX_URL_HOST_LEN and MAX_URL_PATH_LEN.
const (
	maxURLHost = 256
	maxURLPath = 1024
)

// checkResolveURL is parse_url's checks of a --resolve-url: an optional
// http:// or https://, a host of at most 255 characters with an optional
// :port of 1..65535, and a path of at most 1024.
func checkResolveURL(url string) error {
	rest := url
	for _, scheme := range []string{"https://", "http://"} {
		if len(rest) >= len(scheme) && strings.EqualFold(rest[:len(scheme)], scheme) {
			rest = rest[len(scheme):]
			break
		}
	}
	rest = strings.TrimSuffix(rest, "/")
	host, path, _ := strings.Cut(rest, "/")
	if h, port, ok := strings.Cut(host, ":"); ok {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return parseErr(url, "resolve-url port value is invalid, must be in [1-65535]")
		}
		host = h
	}
	switch {
	case len(host) >= maxURLHost:
		return parseErr(url, fmt.Sprintf("resolve-url hostname portion is too large (%d characters, at most %d)", len(host), maxURLHost-1))
	case len(path)+1 > maxURLPath:
		return parseErr(url, fmt.Sprintf("resolve-url path portion is too large (%d characters, at most %d)", len(path)+1, maxURLPath))
	}
	return nil
}

func parseErr(url, why string) error {
	return fmt.Errorf("%w: Error parsing resolve-url: %s (--resolve-url %.60s...)", knock.ErrInvalid, why, url)
}

// resolveFailed words the error of an -R lookup through via; self says
// that Sesame asked the URL itself rather than through wget.
func resolveFailed(via string, self bool, err error) error {
	note := ""
	if self {
		note = " (asked by sesame itself, not wget; -w/--wget-cmd runs wget as the stock client does)"
	}
	return fmt.Errorf("Could not resolve IP via: '%s'%s: %w", via, note, err)
}
