//go:build unix

package cli

import "testing"

// --fd with a negative number or a descriptor that is not open is refused
// in the stock client's words (strtol_wrapper's range, getpasswd's fdopen
// error), which fwknop's suite greps ("pw bad file descriptor").
func TestStockKeyStreamWording(t *testing.T) {
	base := []string{"-A", "tcp/22", "-a", "198.51.100.7", "-D", "127.0.0.1", "--no-save-args", "--no-rc-file", "-T"}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	checkWording(t, []wordingCase{
		{name: "negative fd", args: with("--fd", "-1"), want: `Value\s.*out\sof\srange`},
		// Far above any descriptor the test binary holds.
		{name: "fd not open", args: with("--fd", "1000"), want: `Bad\sfile\sdescriptor`},
	})
}
