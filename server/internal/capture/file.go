package capture

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// File replays a pcap or pcapng file (--pcap-file), as the stock daemon's
// pcap_open_offline does: every frame the filter passes is decoded and
// delivered with the file's timestamp, and Run returns nil at the end of the
// file. The file is read with gopacket's pure-Go pcapgo readers; the filter
// is compiled by libpcap, so it means exactly what it means to the stock
// daemon. A pcapng file's packets on interfaces whose link type differs from
// the first interface's are skipped, as libpcap skips them.
type File struct {
	name  string
	f     *os.File
	r     frameReader
	dec   *decoder
	match matcher
	close sync.Once
}

type frameReader interface {
	ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error)
}

// pcapngMagic starts a pcapng file (its Section Header Block type), in either
// byte order.
const pcapngMagic = 0x0A0D0D0A

// OpenFile opens the capture file at path and compiles filter (PCAP_FILTER;
// "" passes every frame) for its link type.
func OpenFile(path, filter string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("capture: %w", err)
	}
	c, err := newFile(f, filter)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("capture: %s: %w", path, err)
	}
	return c, nil
}

func newFile(f *os.File, filter string) (*File, error) {
	br := bufio.NewReaderSize(f, 1<<16)
	magic, err := br.Peek(4)
	if err != nil {
		return nil, fmt.Errorf("not a pcap file: %w", err)
	}
	var r frameReader
	var lt layers.LinkType
	if binary.LittleEndian.Uint32(magic) == pcapngMagic {
		ng, err := pcapgo.NewNgReader(br, pcapgo.DefaultNgReaderOptions)
		if err != nil {
			return nil, err
		}
		r, lt = ng, ng.LinkType()
	} else {
		pr, err := pcapgo.NewReader(br)
		if err != nil {
			return nil, err
		}
		r, lt = pr, pr.LinkType()
	}
	dec, err := newDecoder(lt)
	if err != nil {
		return nil, err
	}
	match, err := newMatcher(lt, filter)
	if err != nil {
		return nil, err
	}
	return &File{name: f.Name(), f: f, r: r, dec: dec, match: match}, nil
}

// Run delivers the file's packets to h in order; it returns nil at the end
// of the file or when ctx is done, and an error for a damaged file (after
// delivering the packets before the damage).
func (c *File) Run(ctx context.Context, h Handler) error {
	defer c.Close()
	for ctx.Err() == nil {
		frame, ci, err := c.r.ZeroCopyReadPacketData()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("capture: %s: %w", c.name, err)
		}
		if c.match == nil || c.match(ci, frame) {
			c.dec.handle(ctx, frame, ci.Timestamp, h)
		}
	}
	return nil
}

// Close closes the file.
func (c *File) Close() error {
	var err error
	c.close.Do(func() { err = c.f.Close() })
	return err
}
