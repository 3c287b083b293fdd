package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/client"
	"github.com/sesame-spa/sesame/desktop/internal/knock"
	"github.com/sesame-spa/sesame/desktop/internal/sshlaunch"
	"github.com/sesame-spa/sesame/desktop/internal/store"
)

// knocker builds the Knocker of a headless command over the profile store.
func knocker(sys *System, s *store.Store, probe time.Duration) *client.Knocker {
	hist, _ := client.OpenHistory(filepath.Join(s.Dir, "history.json"), 0)
	return &client.Knocker{
		Profiles: s,
		History:  hist,
		Probe:    client.Probe{Total: probe},
		Now:      sys.Now,
		Getenv:   sys.Getenv,
		Lookup:   sys.Lookup,
	}
}

// loadProfile opens the store and checks that name is a profile in it, so
// that a missing profile is bad input (exit 2), not a failed knock.
func loadProfile(sys *System, name string, prompt bool) (*store.Store, store.Profile, error) {
	s, err := openStore(sys, prompt)
	if err != nil {
		return nil, store.Profile{}, err
	}
	p, err := s.Get(name)
	if err != nil {
		return nil, store.Profile{}, usageErr("%v", err)
	}
	return s, p, nil
}

// knockProfile runs `sesame knock NAME [options]`: the saved profile, with
// the stock client's options beside NAME overriding it, then the port
// check. Only -v of the options that say where settings come from fits.
func knockProfile(ctx context.Context, c *knockCmd, found []given[*knockCmd], operands []string, sys *System) error {
	if len(operands) != 1 {
		return usageErr("knock takes one profile name, got %q", operands)
	}
	for _, g := range found {
		if g.opt.meta && g.opt.long != "verbose" {
			return usageErr("--%s cannot be used with a saved profile (%s)", g.opt.long, operands[0])
		}
	}
	s, _, err := loadProfile(sys, operands[0], true)
	if err != nil {
		return err
	}
	k := knocker(sys, s, 5*time.Second)
	k.Override = func(o *knock.Options) error { return apply(&knockCmd{o: o}, found, false) }
	r := k.Knock(ctx, operands[0])
	if c.verbose {
		printRecord(sys.Stdout, r)
	}
	return result(sys, r)
}

// result prints a knock's outcome: one line on standard output when it
// worked, an error (one line on standard error) when it did not.
func result(sys *System, r client.Record) error {
	if !r.Opened && r.Reason != client.Sent {
		return &knockFailed{r}
	}
	_, err := fmt.Fprintf(sys.Stdout, "%s: %s (%s for %s, from %s)\n", r.Profile, r.Diagnosis, r.Server, r.Allow, r.AllowFrom)
	return err
}

// knockFailed is a knock that was sent but did not open the port, or could
// not be sent.
type knockFailed struct{ r client.Record }

func (e *knockFailed) Error() string { return e.r.Profile + ": " + e.r.Diagnosis }

func printRecord(w io.Writer, r client.Record) {
	for _, f := range r.Fields() {
		fmt.Fprintf(w, "%15s: %s\n", f[0], f[1])
	}
}

// SSH runs `sesame ssh NAME [-- ssh arguments]`: knock, wait until the
// port answers, then run ssh with the profile's settings in place of this
// process.
func SSH(args []string, sys *System) int {
	err := runSSH(context.Background(), args, sys)
	return exitStatus(sys, "sesame ssh: ", err)
}

func exitStatus(sys *System, prefix string, err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintln(sys.Stderr, prefix+oneLine(err.Error()))
	if isInputError(err) {
		return 2
	}
	return 1
}

func runSSH(ctx context.Context, args []string, sys *System) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usageErr("usage: sesame ssh NAME [-- ssh arguments]")
	}
	name, extra := args[0], args[1:]
	if len(extra) > 0 && extra[0] == "--" {
		extra = extra[1:]
	}
	s, p, err := loadProfile(sys, name, true)
	if err != nil {
		return err
	}
	r := knocker(sys, s, 10*time.Second).Knock(ctx, name)
	if err := result(sys, r); err != nil {
		return err
	}
	return execSSH(sshlaunch.Args(p.SSH, p.Host, extra))
}

// Proxy runs `sesame proxy NAME HOST PORT` for ssh's ProxyCommand: knock
// with the profile, connect to HOST:PORT and relay standard input and
// output to it. It never prompts (standard input is ssh's stream) and
// writes nothing but one line to standard error when it fails.
func Proxy(args []string, sys *System, stdin io.Reader) int {
	err := runProxy(context.Background(), args, sys, stdin)
	return exitStatus(sys, "sesame proxy: ", err)
}

func runProxy(ctx context.Context, args []string, sys *System, stdin io.Reader) error {
	if len(args) != 3 {
		return usageErr("usage: sesame proxy NAME HOST PORT (as ProxyCommand sesame proxy NAME %%h %%p)")
	}
	name, host, port := args[0], args[1], args[2]
	if _, err := knock.ParsePort("port", port); err != nil {
		return err
	}
	s, _, err := loadProfile(sys, name, false)
	if err != nil {
		return err
	}
	r := knocker(sys, s, 10*time.Second).Knock(ctx, name)
	if !r.Opened && r.Reason != client.Sent {
		return &knockFailed{r}
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := (&net.Dialer{}).DialContext(dctx, "tcp", net.JoinHostPort(host, port))
	if err != nil {
		return fmt.Errorf("knocked, but cannot connect to %s: %v", net.JoinHostPort(host, port), err)
	}
	return sshlaunch.Relay(conn, stdin, sys.Stdout)
}

// SSHConfig runs `sesame ssh-config NAME`: it prints a ~/.ssh/config Host
// block for the profile whose ProxyCommand knocks with sesame proxy.
func SSHConfig(args []string, sys *System) int {
	err := runSSHConfig(args, sys)
	return exitStatus(sys, "sesame ssh-config: ", err)
}

func runSSHConfig(args []string, sys *System) error {
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return usageErr("usage: sesame ssh-config NAME   (append the output to ~/.ssh/config)")
	}
	_, p, err := loadProfile(sys, args[0], false)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	_, err = io.WriteString(sys.Stdout, sshlaunch.ConfigBlock(p.Name, p.Host, p.SSH, self))
	return err
}

// errNoSSH: no ssh program to run.
var errNoSSH = errors.New("no ssh program found on PATH (install OpenSSH's client)")
