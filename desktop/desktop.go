// Package desktop is the sesame application: Run dispatches the headless
// subcommands (`sesame knock`, `sesame keygen`); the desktop GUI will be
// what runs without one. The headless path loads no GUI code, so a knock
// from a script starts as fast as the stock fwknop client.
package desktop

import (
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/sesame-spa/sesame/desktop/internal/cli"
)

const usage = `usage: sesame COMMAND [options]

Commands:
  knock    send a Single Packet Authorization knock (fwknop's client flags;
           sesame knock -h lists them)
  knock NAME [options]  knock with a saved profile, check that the port opens
  keygen   print a new KEY_BASE64 / HMAC_KEY_BASE64 pair
  profile  add, edit, copy, remove, list, show, import or export saved
           profiles (sesame profile -h)
  ssh NAME [-- ARGS]    knock, wait for the port, then run ssh with the profile
  proxy NAME HOST PORT  for ssh's ProxyCommand: knock, then relay the connection
  ssh-config NAME       print a ~/.ssh/config block using sesame proxy
  help     show this help
  version  print the version, Go release and platform (also --version)
`

// runGUI starts the desktop app when sesame runs without a command. gui.go
// sets it; a build with -tags nogui leaves it nil and links no GUI code.
var runGUI func(args []string) int

// Run runs sesame with the command-line arguments args (without the
// program name) and returns the process exit status.
func Run(args []string) int {
	if len(args) == 0 {
		if runGUI != nil && hasDisplay() {
			return runGUI(args)
		}
		if runGUI != nil {
			fmt.Fprintln(os.Stderr, "sesame: no graphical display (DISPLAY and WAYLAND_DISPLAY are unset), so no desktop app; the commands below work anywhere")
		}
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	useParentConsole()
	switch args[0] {
	case "knock":
		return cli.Knock(args[1:], cli.OS())
	case "keygen":
		return cli.Keygen(args[1:], cli.OS())
	case "profile":
		return cli.Profile(args[1:], cli.OS(), os.Stdin)
	case "ssh":
		return cli.SSH(args[1:], cli.OS())
	case "proxy":
		return cli.Proxy(args[1:], cli.OS(), os.Stdin)
	case "ssh-config":
		return cli.SSHConfig(args[1:], cli.OS())
	case "help", "-h", "--help":
		return printUsage(os.Stdout, 0)
	case "version", "--version", "-V":
		return printVersion(os.Stdout)
	}
	fmt.Fprintf(os.Stderr, "sesame: unknown command %q (try: sesame help)\n", args[0])
	return 2
}

func printUsage(w io.Writer, status int) int {
	fmt.Fprint(w, usage)
	return status
}

// hasDisplay reports whether a desktop session can show a window: always on
// macOS and Windows, elsewhere when X11 or Wayland is named in the
// environment (without one, GLFW panics while Fyne starts).
func hasDisplay() bool {
	switch runtime.GOOS {
	case "darwin", "windows":
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}
