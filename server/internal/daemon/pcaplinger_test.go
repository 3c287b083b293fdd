package daemon

import (
	"testing"
	"time"
)

// A --pcap-file run keeps going after the file until its grants expire,
// as the stock's does, then ends by itself.
func TestPCAPFileRunsUntilGrantsExpire(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, "FW_ACCESS_TIMEOUT 3"), nil, func(o *Options) { o.PCAPFile = "knocks.pcap" }).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	close(e.src.in) // the end of the file
	for range 2 {
		e.clock.Advance(time.Second)
		select {
		case err := <-e.done:
			e.done <- err
			t.Fatalf("the run ended with a grant still live (err %v)", err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	for i := 0; ; i++ {
		if i == 50 {
			t.Fatal("the run did not end after its grant expired")
		}
		e.clock.Advance(time.Second)
		select {
		case err := <-e.done:
			e.done = nil
			if err != nil {
				t.Fatal(err)
			}
			if gs := grants(t, e.fw); len(gs) != 0 {
				t.Errorf("grants left: %v", gs)
			}
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// With -t (no firewall) the run ends with the file.
func TestPCAPFileTestModeEndsWithFile(t *testing.T) {
	e := newEnv(t, stanza(keyA, hmacA, ""), nil, func(o *Options) { o.PCAPFile = "knocks.pcap"; o.Test = true }).start()
	e.send(seal(t, keyA, hmacA, "tcp/22", t0), clientIP)
	e.decision()
	close(e.src.in)
	select {
	case err := <-e.done:
		e.done = nil
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a -t run did not end with its file")
	}
}
