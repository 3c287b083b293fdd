// Command benchtool measures Sesame's fwknopd beside the stock fwknopd 2.6
// on the same input and prints a table with the ratio of each measure; it
// is what scripts/bench-server.sh (make bench) runs. It needs root: every
// daemon runs inside network namespaces it creates (even with -t), and
// everything it creates (namespaces, processes, files) is removed when it
// ends, also on SIGINT or SIGTERM.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"
)

type options struct {
	sesame, stock             string
	junk, valid, cached, runs int
	stockCached               int
	digests                   []int
	knocks, floodRate         int
	floodKnocks               int
	prefix                    string
	verbose                   bool
	rows                      map[string]bool
	stanzas                   []int         // SOURCE ANY stanza counts of the per-junk rows
	stanzaJunk                int           // junk packets in their file
	floodStanzas              int           // stanzas of the flood-from-one-prefix row
	floodPrefixKnocks         int           // knocks from another prefix during it
	floodFor, floodWait       time.Duration // its flood, and how long after it a knock may still open
}

// rowGroups are the groups of rows -rows chooses from.
var rowGroups = []string{"file", "live", "stanzas", "stanza-flood", "fleet"}

func main() {
	var o options
	flag.StringVar(&o.sesame, "fwknopd", "bin/fwknopd", "Sesame's fwknopd")
	flag.StringVar(&o.stock, "stock", "/usr/sbin/fwknopd", "the stock fwknopd")
	flag.IntVar(&o.junk, "junk", 20000, "packets in the junk file")
	flag.IntVar(&o.valid, "valid", 5000, "packets in the valid and replayed files")
	flag.IntVar(&o.cached, "cached", 20000, "valid packets in the files run with a prefilled digest cache")
	flag.IntVar(&o.stockCached, "stock-cached", 200, "how many of those the stock daemon reads (-C): it scans its whole cache for each packet")
	flag.IntVar(&o.runs, "runs", 3, "runs of each file; the fastest counts")
	flag.IntVar(&o.knocks, "knocks", 30, "knocks timed for knock-to-open latency")
	flag.IntVar(&o.floodRate, "flood-rate", 5000, "junk packets a second during the flood")
	flag.IntVar(&o.floodKnocks, "flood-knocks", 50, "valid knocks sent during the flood")
	flag.StringVar(&o.prefix, "prefix", fmt.Sprintf("spabench-%d", os.Getpid()), "start of the names of the namespaces it creates")
	flag.BoolVar(&o.verbose, "v", false, "say what is being measured on standard error")
	digests := flag.String("digests", "10000,100000,1000000", "prefilled digest counts")
	stanzas := flag.String("stanzas", "1,100,1000", "SOURCE ANY stanza counts for the per-junk-packet rows")
	flag.IntVar(&o.stanzaJunk, "stanza-junk", 5000, "junk packets in the file of the per-stanza rows")
	flag.IntVar(&o.floodStanzas, "flood-stanzas", 1000, "SOURCE ANY stanzas while junk floods from one prefix")
	flag.IntVar(&o.floodPrefixKnocks, "flood-prefix-knocks", 20, "knocks from another prefix during that flood")
	flag.DurationVar(&o.floodFor, "flood-for", 10*time.Second, "how long junk floods from one prefix")
	flag.DurationVar(&o.floodWait, "flood-wait", 10*time.Second, "how long after that flood a knock may still open")
	rows := flag.String("rows", strings.Join(rowGroups, ","), "groups of rows to measure: "+strings.Join(rowGroups, ", "))
	flag.Parse()
	var err error
	if o.digests, err = parseInts(*digests); err != nil {
		fmt.Fprintln(os.Stderr, "benchtool: -digests:", err)
		os.Exit(2)
	}
	if o.stanzas, err = parseInts(*stanzas); err != nil {
		fmt.Fprintln(os.Stderr, "benchtool: -stanzas:", err)
		os.Exit(2)
	}
	if o.rows, err = parseRows(*rows); err != nil {
		fmt.Fprintln(os.Stderr, "benchtool: -rows:", err)
		os.Exit(2)
	}
	// A signal ends the program at once, after removing what it created.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		created.cleanup()
		os.Exit(128 + int(s.(syscall.Signal)))
	}()
	err = run(o)
	created.cleanup()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}

// parseRows reads -rows: row groups, comma-separated.
func parseRows(s string) (map[string]bool, error) {
	rows := map[string]bool{}
	for _, r := range strings.Split(s, ",") {
		r = strings.TrimSpace(r)
		if !slices.Contains(rowGroups, r) {
			return nil, fmt.Errorf("%q: want one of %s", r, strings.Join(rowGroups, ", "))
		}
		rows[r] = true
	}
	return rows, nil
}
