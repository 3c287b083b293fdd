package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/sesame-spa/sesame/desktop/internal/fwknoprc"
)

// Every stock option has a row that says what Sesame does with it, and
// every status names a known option.
func TestStockOptionsCovered(t *testing.T) {
	for _, s := range stockOptions {
		if optionStatus(s.long) == "" {
			t.Errorf("--%s: neither in knockOptions nor in unsupported", s.long)
		}
		if s.short == 0 {
			continue
		}
		if o := lookupShort(knockOptions, s.short); o != nil && o.long != s.long && !isStock(o.long) {
			t.Errorf("-%c is --%s in sesame, --%s in the stock client", s.short, o.long, s.long)
		}
	}
	for long := range optionStock {
		if lookupLongExact(knockOptions, long) == nil {
			t.Errorf("optionStock names --%s, which knockOptions lacks", long)
		}
	}
	for long := range unsupported {
		if !isStock(long) {
			t.Errorf("unsupported names --%s, which is no stock option", long)
		}
		if lookupLongExact(knockOptions, long) != nil {
			t.Errorf("--%s is both supported and in unsupported", long)
		}
	}
	for _, name := range fwknoprc.StockVariables() {
		if fwknoprc.VariableStatus(name) == "" {
			t.Errorf("rc variable %s: not in fwknoprc's table", name)
		}
	}
}

// README.md's table is the one OptionTable writes (run
// `go run ./desktop/internal/cli/optdoc` after changing an option).
func TestREADMEOptionTable(t *testing.T) {
	old, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := UpdateREADME(string(old))
	if err != nil {
		t.Fatal(err)
	}
	if want != string(old) {
		t.Errorf("README.md's stock option table is out of date: run go run ./desktop/internal/cli/optdoc")
	}
	_, opts, vars := OptionTable()
	t.Logf("options: %s; rc variables: %s", opts, vars)
	if !strings.Contains(string(old), "`--source-port`") {
		t.Errorf("the table lacks --source-port")
	}
}

// A refused option's short form gets the same reason as its long form.
func TestRefusedShortFormsExplained(t *testing.T) {
	for _, s := range stockOptions {
		why, ok := unsupported[s.long]
		if !ok || s.short == 0 {
			continue
		}
		_, _, err := getopt(knockOptions, []string{"-" + string(s.short), "x"})
		if err == nil || !strings.Contains(err.Error(), why) {
			t.Errorf("-%c: %v, want %q", s.short, err, why)
		}
	}
}
