// Command sesame is the Windows build of the sesame program at the
// repository's root: the same one line, in a directory of its own so that
// scripts/package.sh can put the icon and version resource
// (rsrc_windows_amd64.syso, made by windres) beside it without leaving a
// file in the root package that every other build reads.
package main

import (
	"os"

	"github.com/sesame-spa/sesame/desktop"
)

func main() { os.Exit(desktop.Run(os.Args[1:])) }
