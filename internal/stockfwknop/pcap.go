package stockfwknop

import (
	"net/netip"
	"os"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// Datagram is one UDP payload with its addresses.
type Datagram struct {
	Src, Dst         netip.Addr
	SrcPort, DstPort uint16
	Payload          []byte
}

// WritePcap writes datagrams as Ethernet frames to a pcap file, one second
// apart from start, the way fwknopd --pcap-file reads them.
func WritePcap(path string, start time.Time, ds []Datagram) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := pcapgo.NewWriter(f)
	if err := w.WriteFileHeader(65535, layers.LinkTypeEthernet); err != nil {
		return err
	}
	for i, d := range ds {
		frame, err := Frame(d)
		if err != nil {
			return err
		}
		ci := gopacket.CaptureInfo{Timestamp: start.Add(time.Duration(i) * time.Second), CaptureLength: len(frame), Length: len(frame)}
		if err := w.WritePacket(ci, frame); err != nil {
			return err
		}
	}
	return f.Close()
}

// Frame serializes d as an Ethernet/IP/UDP frame with valid checksums.
func Frame(d Datagram) ([]byte, error) {
	if d.SrcPort == 0 {
		d.SrcPort = 40000
	}
	if d.DstPort == 0 {
		d.DstPort = 62201
	}
	eth := &layers.Ethernet{SrcMAC: []byte{2, 0, 0, 0, 0, 7}, DstMAC: []byte{2, 0, 0, 0, 0, 1}}
	udp := &layers.UDP{SrcPort: layers.UDPPort(d.SrcPort), DstPort: layers.UDPPort(d.DstPort)}
	var ip gopacket.NetworkLayer
	if d.Src.Is4() {
		eth.EthernetType = layers.EthernetTypeIPv4
		ip = &layers.IPv4{Version: 4, TTL: 64, Protocol: layers.IPProtocolUDP, SrcIP: d.Src.AsSlice(), DstIP: d.Dst.AsSlice()}
	} else {
		eth.EthernetType = layers.EthernetTypeIPv6
		ip = &layers.IPv6{Version: 6, HopLimit: 64, NextHeader: layers.IPProtocolUDP, SrcIP: d.Src.AsSlice(), DstIP: d.Dst.AsSlice()}
	}
	if err := udp.SetNetworkLayerForChecksum(ip); err != nil {
		return nil, err
	}
	buf := gopacket.NewSerializeBuffer()
	opts := gopacket.SerializeOptions{FixLengths: true, ComputeChecksums: true}
	err := gopacket.SerializeLayers(buf, opts, eth, ip.(gopacket.SerializableLayer), udp, gopacket.Payload(d.Payload))
	return buf.Bytes(), err
}
