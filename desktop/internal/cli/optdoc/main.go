// Command optdoc writes the "Stock client options" table of README.md from
// `sesame knock`'s own option table and prints its counts:
//
//	go run ./desktop/internal/cli/optdoc [README.md]
//
// cli's TestREADMEOptionTable fails when README.md's table differs from
// what this writes, so the table cannot drift from the code.
package main

import (
	"fmt"
	"os"

	"github.com/sesame-spa/sesame/desktop/internal/cli"
)

func main() {
	path := "README.md"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	if err := run(path); err != nil {
		fmt.Fprintln(os.Stderr, "optdoc:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text, err := cli.UpdateREADME(string(old))
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return err
	}
	_, opts, vars := cli.OptionTable()
	fmt.Printf("options: %s\nrc variables: %s\n", opts, vars)
	return nil
}
