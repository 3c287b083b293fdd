// Command sesame is the Sesame desktop client: a tray app (to come) and the
// headless `sesame knock` / `sesame keygen` commands. See package desktop.
package main

import (
	"os"

	"github.com/sesame-spa/sesame/desktop"
)

func main() { os.Exit(desktop.Run(os.Args[1:])) }
