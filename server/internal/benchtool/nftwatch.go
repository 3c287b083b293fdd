package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// nftables netlink constants (linux/netfilter/nfnetlink.h, nf_tables.h).
const (
	nfnlSubsysNFTables = 10
	nftMsgNewRule      = 6
	nftMsgNewSetElem   = 12
	nfnlGroupNFTables  = 7
	// NFTA_RULE_CHAIN in a NEWRULE message, NFTA_SET_ELEM_LIST_SET in a
	// NEWSETELEM message: both attribute 2.
	nftaRuleChain      = 2
	nftaSetElemListSet = 2
)

// grantAdds is how a grant shows in the kernel's nftables notices: a
// message type, and the attribute naming the chain or set it adds to.
type grantAdds struct {
	msg   uint16
	attr  uint16
	names []string
}

// grantAddsOf is where d's backend puts a grant: a rule in FWKNOP_INPUT
// (iptables-nft writes iptables and ip6tables rules into nftables), or an
// element of the nftables backend's grant sets.
func grantAddsOf(d daemon) grantAdds {
	if d.backend == "nftables" {
		return grantAdds{nftMsgNewSetElem, nftaSetElemListSet, []string{"sesame_grants4", "sesame_grants6"}}
	}
	return grantAdds{nftMsgNewRule, nftaRuleChain, []string{"FWKNOP_INPUT"}}
}

// ruleWatch reports the moment each grant is added to a namespace's
// nftables ruleset, from the kernel's own notification: no polling, so the
// time a knock opens the port is read to within the scheduling of one
// thread.
type ruleWatch struct {
	added chan time.Time
	stop  atomic.Bool
}

// watchRules subscribes to nftables changes inside ns and sends the
// arrival time of every grant added as g says. It runs until the namespace
// goes away with the program.
func watchRules(ns *netns, g grantAdds) (*ruleWatch, error) {
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
				if m.Header.Type == nfnlSubsysNFTables<<8|g.msg && slices.Contains(g.names, attrString(m.Data, g.attr)) {
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

// attrString reads string attribute typ from an nftables message body
// (nfgenmsg, then attributes).
func attrString(b []byte, typ uint16) string {
	if len(b) < 4 {
		return ""
	}
	b = b[4:]
	for len(b) >= 4 {
		l := int(binary.NativeEndian.Uint16(b))
		t := binary.NativeEndian.Uint16(b[2:]) & 0x3fff
		if l < 4 || l > len(b) {
			return ""
		}
		if t == typ {
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
