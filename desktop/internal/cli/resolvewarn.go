package cli

import (
	"fmt"
	"io"
	"strings"
)

// warnPlainResolveURL is resolve_ip_https's warning: -R asks its URL over
// HTTPS, so a --resolve-url of plain http:// is said (not refused) before
// it is asked, when it is asked at all (-a wins over -R).
func (c *knockCmd) warnPlainResolveURL(w io.Writer) {
	o := c.o
	url := o.ResolveURL
	if url == "" || o.AllowIP != "" || o.ResolveHTTPOnly {
		return
	}
	if len(url) < 5 || !strings.EqualFold(url[:5], "https") {
		fmt.Fprintf(w, "sesame knock: warning: IP resolution URL '%s' should begin with 'https://' in -R mode (it is not asked over HTTPS)\n", url)
	}
}
