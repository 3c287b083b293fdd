package main

import (
	"bufio"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// writeStockDigests writes a stock fwknopd digest.cache (PROTOCOL.md §7)
// holding n random digests followed by those of the given packets, all
// recorded as arriving at now.
func writeStockDigests(path string, n int, packets [][]byte, now time.Time) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprintln(w, "# <digest> <proto> <src_ip> <src_port> <dst_ip> <dst_port> <time>")
	var raw [32]byte
	line := func(digest string, i int) {
		fmt.Fprintf(w, "%s 17 %s %d %s 62201 %d\n", digest, clientAddr, 20000+i%40000, serverAddr, now.Unix())
	}
	for i := range n {
		rand.Read(raw[:])
		line(base64.RawStdEncoding.EncodeToString(raw[:]), i)
	}
	for i, p := range packets {
		line(spa.ReplayDigest(p), i)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// writeSesameDigests converts a stock digest.cache into the replay cache
// file Sesame's daemon keeps, so its start-up reads its own format (it
// would convert the stock file at open just the same).
func writeSesameDigests(path, stockPath string) error {
	os.Remove(path)
	c, err := replay.Open(path, replay.Options{MaxAge: 120 * time.Second, NoSync: true})
	if err != nil {
		return err
	}
	f, err := os.Open(stockPath)
	if err != nil {
		c.Close()
		return err
	}
	defer f.Close()
	if _, err := c.Import(bufio.NewReaderSize(f, 1<<20), stockPath); err != nil {
		c.Close()
		return err
	}
	return c.Close()
}
