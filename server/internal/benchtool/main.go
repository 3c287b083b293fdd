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
	"syscall"
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
}

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
	flag.Parse()
	var err error
	if o.digests, err = parseInts(*digests); err != nil {
		fmt.Fprintln(os.Stderr, "benchtool: -digests:", err)
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
