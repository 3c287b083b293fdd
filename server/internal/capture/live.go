//go:build cgo

package capture

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcap"
)

// Live captures packets on an interface with libpcap. The kernel runs the
// BPF filter, and immediate mode hands each packet over as soon as it
// arrives: there is no PCAP_LOOP_SLEEP and no dispatch batching.
//
// Run checks its context at least every 100 ms (pollInterval), so it returns
// within about that long of a cancel. (Closing the handle from another goroutine
// would stop it sooner, but could free the frame a Handler is reading.)
type Live struct {
	h     *pcap.Handle
	dec   *decoder
	close sync.Once
}

// pollInterval is the libpcap read timeout: with immediate mode it delays no
// packet, it only bounds how long Run waits before it looks at its context.
const pollInterval = 100 * time.Millisecond

// bufferSize is the kernel's capture buffer. In immediate mode libpcap's
// ring has a fixed-size frame per packet, so its default 2 MiB holds about
// 1300 packets: 20 ms of a 70,000 packets/s flood. A stall of the process
// that long, common on a loaded machine, made the kernel drop knocks with
// the junk (one or two of 20 in make bench's flood row); 8 MiB (about 5300
// packets) absorbed every stall measured.
const bufferSize = 8 << 20

// OpenLive opens and activates a capture on cfg.Interface with the filter
// set. It needs CAP_NET_RAW; the daemon can drop privileges afterwards.
func OpenLive(cfg LiveConfig) (*Live, error) {
	in, err := pcap.NewInactiveHandle(cfg.Interface)
	if err != nil {
		return nil, fmt.Errorf("capture: interface %s: %w", cfg.Interface, err)
	}
	defer in.CleanUp()
	if cfg.Snaplen <= 0 {
		cfg.Snaplen = MaxPayload
	}
	for _, err := range []error{
		in.SetSnapLen(cfg.Snaplen),
		in.SetPromisc(cfg.Promisc),
		in.SetTimeout(pollInterval),
		in.SetImmediateMode(true),
		in.SetBufferSize(bufferSize),
	} {
		if err != nil {
			return nil, fmt.Errorf("capture: interface %s: %w", cfg.Interface, err)
		}
	}
	h, err := in.Activate()
	if err != nil {
		return nil, fmt.Errorf("capture: interface %s: %w", cfg.Interface, err)
	}
	l, err := setUp(h, cfg)
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("capture: interface %s: %w", cfg.Interface, err)
	}
	return l, nil
}

func setUp(h *pcap.Handle, cfg LiveConfig) (*Live, error) {
	dec, err := newDecoder(h.LinkType())
	if err != nil {
		return nil, err
	}
	if cfg.Filter != "" {
		if err := h.SetBPFFilter(cfg.Filter); err != nil {
			return nil, fmt.Errorf("%w %q: %v", ErrFilter, cfg.Filter, err)
		}
	}
	// As in the stock daemon, loopback (DLT_NULL/LOOP) captures keep both
	// directions: libpcap cannot tell them apart there.
	lt := h.LinkType()
	if !cfg.AnyDirection && lt != layers.LinkTypeNull && lt != layers.LinkTypeLoop {
		if err := h.SetDirection(pcap.DirectionIn); err != nil {
			return nil, fmt.Errorf("direction in: %w", err)
		}
	}
	return &Live{h: h, dec: dec}, nil
}

// Run delivers captured packets to h until ctx is done (then it returns nil)
// or the capture fails (the interface went away, for one).
func (l *Live) Run(ctx context.Context, h Handler) error {
	defer l.Close()
	for ctx.Err() == nil {
		frame, ci, err := l.h.ZeroCopyReadPacketData()
		switch err {
		case nil:
			l.dec.handle(ctx, frame, ci.Timestamp, h)
		case pcap.NextErrorTimeoutExpired:
		default:
			return fmt.Errorf("capture: read: %w", err)
		}
	}
	return nil
}

// Close closes the capture handle.
func (l *Live) Close() error {
	l.close.Do(l.h.Close)
	return nil
}
