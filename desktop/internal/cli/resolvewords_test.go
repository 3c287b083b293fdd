package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A failed -R is told in the stock client's words (client/
// http_resolve_host.c), which fwknop's suite greps ("-R resolve"): a
// --resolve-url that parse_url refuses, and a lookup that gives no
// address, through Sesame's own HTTP client or through -w's wget.
func TestStockResolveWording(t *testing.T) {
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "no address here")
	}))
	defer garbage.Close()
	base := []string{"-A", "tcp/22", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T", "--key-base64-rijndael", testKey, "-R"}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	checkWording(t, []wordingCase{
		{name: "no address", args: with("--resolve-url", garbage.URL+"/"), want: `Could not resolve IP.*wget`},
		{name: "wget not found", args: with("--wget-cmd", "invalidpath"), want: `Could not resolve IP via: 'invalidpath -U `},
		{name: "long host", args: with("--resolve-url", "http://127.0.0.1"+strings.Repeat("1", 300)+"/test.cgi"), want: `Error\sparsing`},
		{name: "long path", args: with("--resolve-url", "http://127.0.0.1/"+strings.Repeat("A", 1200)), want: `Error\sparsing`},
		{name: "bad port", args: with("--resolve-url", "http://127.0.0.1:99999/"), want: `resolve-url port value is invalid`},
		{name: "plain http", args: with("--resolve-url", garbage.URL+"/"), want: `IP resolution URL 'http://.*' should begin with 'https://' in -R mode`},
	})
}
