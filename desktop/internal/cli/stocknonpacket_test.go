package cli

import (
	"bytes"
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// stockRun is one run of a client in its own HOME.
type stockRun struct {
	stdout string
	status int
}

// clients runs the stock client and sesame knock with the same
// arguments, each in its own HOME (%HOME% in args is that folder).
type clients struct {
	t                 *testing.T
	fwknop            string
	stockHome, ouHome string
}

func (c *clients) stock(args ...string) stockRun {
	cmd := exec.Command(c.fwknop, expandHome(args, c.stockHome)...)
	cmd.Args[0] = "fwknop" // as a user types it: the saved line starts with it
	cmd.Env = []string{"HOME=" + c.stockHome, "LOGNAME=alice", "PATH=/usr/bin:/bin"}
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.Output()
	st := 0
	if err != nil {
		st = 1
		if e, ok := err.(*exec.ExitError); ok {
			st = e.ExitCode()
		}
	}
	return stockRun{string(out), st}
}

func (c *clients) ours(args ...string) stockRun {
	var out, errOut bytes.Buffer
	st := Knock(expandHome(args, c.ouHome), testSystem(&out, &errOut, map[string]string{"LOGNAME": "alice", "HOME": c.ouHome}))
	if st != 0 {
		c.t.Logf("sesame knock: exit %d: %s", st, errOut.String())
	}
	return stockRun{out.String(), st}
}

func expandHome(args []string, home string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = strings.ReplaceAll(a, "%HOME%", home)
	}
	return out
}

// keyLengths replaces each base64 key of KEY_BASE64/HMAC_KEY_BASE64 lines
// by its decoded length, and the home folder by %HOME%.
var keyLine = regexp.MustCompile(`(KEY_BASE64:? +)([A-Za-z0-9+/=]+)`)

func keyLengths(s, home string) string {
	if home != "" {
		s = strings.ReplaceAll(s, home, "%HOME%")
	}
	return keyLine.ReplaceAllStringFunc(s, func(m string) string {
		sub := keyLine.FindStringSubmatch(m)
		b, err := base64.StdEncoding.DecodeString(sub[2])
		if err != nil {
			return m
		}
		return sub[1] + "<" + strconv.Itoa(len(b)) + " bytes>"
	})
}

// The stock options that build no packet do as the stock client's: the
// same output (keys by their length, the home folder masked) and exit
// status, the same rc file or saved line written; a refused one is
// refused with its table reason.
func TestNonPacketOptionsAgainstStock(t *testing.T) {
	fwknop, err := exec.LookPath("fwknop")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("fwknop is not installed (scripts/install-deps.sh installs fwknop-client)")
		}
		t.Skip("fwknop (apt-get install fwknop-client) is not installed: cannot compare with the stock client")
	}
	rcText := "[default]\nDIGEST_TYPE sha512\n[alpha]\nSPA_SERVER 203.0.113.5\n[beta]\n"
	packet := []string{"-T", "-v", "-D", "203.0.113.5", "-A", "tcp/22", "-a", "198.51.100.7", "--key-rijndael", "passphrase1", "--key-hmac", "passphrase2"}
	tests := []struct {
		option string   // its row in the table
		before []string // a run before, in the same HOME
		args   []string
		file   string // a file both must write alike (keys by length)
		fields bool   // compare the packet fields rather than the output
	}{
		{option: "key-gen", args: []string{"-k"}},
		{option: "key-len", args: []string{"-k", "--key-len", "16"}},
		{option: "hmac-key-len", args: []string{"-k", "--hmac-key-len", "20"}},
		{option: "key-gen-file", args: []string{"-K", "%HOME%/keys"}, file: "keys"},
		{option: "stanza-list", args: []string{"--rc-file", "%HOME%/rc", "--stanza-list"}},
		{option: "show-last", before: packet, args: []string{"--show-last"}},
		{option: "last-cmd", before: packet, args: []string{"-l"}, fields: true},
		{option: "save-rc-stanza", args: []string{"--rc-file", "%HOME%/rc", "--save-rc-stanza", "-n", "gamma", "-D", "203.0.113.9", "-A", "udp/53", "-a", "198.51.100.7", "-f", "30", "--key-base64-rijndael", testKey}, file: "rc"},
		{option: "force-stanza", args: []string{"--rc-file", "%HOME%/rc", "--save-rc-stanza", "--force-stanza", "-n", "alpha", "-D", "203.0.113.9", "-A", "udp/53", "-a", "198.51.100.7"}, file: "rc"},
	}
	for _, tt := range tests {
		t.Run(tt.option, func(t *testing.T) {
			c := &clients{t: t, fwknop: fwknop, stockHome: t.TempDir(), ouHome: t.TempDir()}
			for _, home := range []string{c.stockHome, c.ouHome} {
				writeFile(t, filepath.Join(home, "rc"), rcText, 0o600)
			}
			if why, refused := strings.CutPrefix(optionStatus(tt.option), statusRefused+": "); refused {
				var out, errOut bytes.Buffer
				st := Knock(expandHome(tt.args, c.ouHome), testSystem(&out, &errOut, map[string]string{"HOME": c.ouHome}))
				if st != 2 || !strings.Contains(errOut.String(), why) {
					t.Fatalf("refused option: exit %d, stderr %q; want 2 and %q", st, errOut.String(), why)
				}
				return
			}
			if tt.before != nil {
				c.stock(tt.before...)
				c.ours(tt.before...)
			}
			stock, ours := c.stock(tt.args...), c.ours(tt.args...)
			// Both succeed or both fail (sesame's bad input is 2, the
			// stock's 1).
			if (stock.status == 0) != (ours.status == 0) {
				t.Errorf("exit: stock %d, sesame %d", stock.status, ours.status)
			}
			switch {
			case tt.fields:
				compareFields(t, stock.stdout, ours.stdout, nil)
			case tt.file == "":
				s, o := keyLengths(dropCreated(stock.stdout), c.stockHome), keyLengths(ours.stdout, c.ouHome)
				if s != o {
					t.Errorf("output:\nstock:  %q\nsesame: %q", s, o)
				}
			}
			if tt.file != "" {
				compareFiles(t, filepath.Join(c.stockHome, tt.file), filepath.Join(c.ouHome, tt.file))
			}
		})
	}
}

// dropCreated removes the line with which the stock client says it
// created ~/.fwknoprc (sesame creates none unless --rc-file names it).
func dropCreated(s string) string {
	var out []string
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, "[*] Creating initial rc file:") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "")
}

// compareFiles compares two rc files written by the clients: the same
// stanzas with the same settings (keys by length), order and spacing
// aside.
func compareFiles(t *testing.T, stockPath, ourPath string) {
	t.Helper()
	read := func(path string) map[string]string {
		f, err := fwknoprc.Load(path)
		if err != nil {
			// A key file written by -K is "VARIABLE: value" lines
			// outside any stanza: read it as one.
			data, rerr := os.ReadFile(path)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if f, err = fwknoprc.Parse(strings.NewReader("[keys]\n"+string(data)), path); err != nil {
				t.Fatal(err)
			}
		}
		m := map[string]string{}
		for _, s := range f.Stanzas {
			for _, set := range s.Settings {
				m[s.Name+" "+set.Name] = keyLengths(set.Name+": "+set.Value, "")
			}
		}
		return m
	}
	stock, ours := read(stockPath), read(ourPath)
	for k, v := range stock {
		if ours[k] != v {
			t.Errorf("%s: stock %q, sesame %q", k, v, ours[k])
		}
	}
	for k, v := range ours {
		if _, ok := stock[k]; !ok {
			t.Errorf("%s: sesame wrote %q, the stock client nothing", k, v)
		}
	}
}
