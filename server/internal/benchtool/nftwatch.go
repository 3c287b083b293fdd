package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// nftables netlink constants (linux/netfilter/nfnetlink.h, nf_tables.h).
const (
	nfnlSubsysNFTables = 10
	nftMsgNewRule      = 6
	nfnlGroupNFTables  = 7
	nftaRuleChain      = 2
)

// ruleWatch reports the moment each rule is added to a chain of a
// namespace's nftables ruleset (iptables-nft writes iptables rules there),
// from the kernel's own notification: no polling, so the time a knock
// opens the port is read to within the scheduling of one thread.
type ruleWatch struct {
	added chan time.Time
	stop  atomic.Bool
}

// watchRules subscribes to nftables changes inside ns and sends the
// arrival time of every new rule in chain. It runs until the namespace
// goes away with the program.
func watchRules(ns *netns, chain string) (*ruleWatch, error) {
	w := &ruleWatch{added: make(chan time.Time, 4096)}
	ready := make(chan error, 1)
	go ns.do(func() error {
		fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_NETFILTER)
		if err != nil {
			ready <- fmt.Errorf("netlink socket: %w", err)
			return nil
		}
		defer unix.Close(fd)
		unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF, 4<<20)
		// Wake up now and then to see whether to stop.
		tv := unix.NsecToTimeval((200 * time.Millisecond).Nanoseconds())
		unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv)
		if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Groups: 1 << (nfnlGroupNFTables - 1)}); err != nil {
			ready <- fmt.Errorf("netlink bind: %w", err)
			return nil
		}
		ready <- nil
		buf := make([]byte, 1<<16)
		for !w.stop.Load() {
			n, _, err := unix.Recvfrom(fd, buf, 0)
			now := time.Now()
			if err != nil {
				if err == unix.EINTR || err == unix.ENOBUFS || err == unix.EAGAIN {
					continue
				}
				return err
			}
			msgs, err := syscall.ParseNetlinkMessage(buf[:n])
			if err != nil {
				continue
			}
			for _, m := range msgs {
				if m.Header.Type == nfnlSubsysNFTables<<8|nftMsgNewRule && ruleChain(m.Data) == chain {
					select {
					case w.added <- now:
					default: // nobody is counting that many
					}
				}
			}
		}
		return nil
	})
	return w, <-ready
}

// ruleChain reads NFTA_RULE_CHAIN from a NEWRULE message body (nfgenmsg,
// then attributes).
func ruleChain(b []byte) string {
	if len(b) < 4 {
		return ""
	}
	b = b[4:]
	for len(b) >= 4 {
		l := int(binary.NativeEndian.Uint16(b))
		typ := binary.NativeEndian.Uint16(b[2:]) & 0x3fff
		if l < 4 || l > len(b) {
			return ""
		}
		if typ == nftaRuleChain {
			return string(bytes.TrimRight(b[4:l], "\x00"))
		}
		b = b[min((l+3)&^3, len(b)):]
	}
	return ""
}

// next waits up to d for the next new rule.
func (w *ruleWatch) next(d time.Duration) (time.Time, bool) {
	select {
	case t := <-w.added:
		return t, true
	case <-time.After(d):
		return time.Time{}, false
	}
}

func (w *ruleWatch) close() { w.stop.Store(true) }

// drain forgets rules already reported.
func (w *ruleWatch) drain() {
	for {
		select {
		case <-w.added:
		default:
			return
		}
	}
}
