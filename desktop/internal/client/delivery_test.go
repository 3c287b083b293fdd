package client

import (
	"context"
	"net"
	"testing"
)

// -r sends to a random port in 10000..65534 (not the -p port), chosen
// after the seal; -S's source port reaches the target; Sealed sees the
// packet before it is sent.
func TestPipelineRandPort(t *testing.T) {
	ln, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	src := uint16(ln.LocalAddr().(*net.UDPAddr).Port)
	ln.Close() // a port that was free a moment ago, to send from
	o := testOptions()
	o.Destination, o.AllowIP, o.RandPort, o.SourcePort = "127.0.0.1", "198.51.100.7", true, src
	var sealed string
	p := testPipeline(nil)
	p.Lookup = net.DefaultResolver
	k, err := p.Run(context.Background(), o, Run{Sealed: func(k *Knock) error { sealed = k.Packet; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	if port := k.Target.Addr.Port(); port < 10000 || port > 65534 || port == o.ServerPort {
		t.Errorf("-r sent to port %d", port)
	}
	if k.Target.SourcePort != src || sealed != k.Packet {
		t.Errorf("target %+v, sealed %q", k.Target, sealed)
	}
}
