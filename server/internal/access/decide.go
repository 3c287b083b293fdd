package access

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"time"

	"github.com/sesame-spa/sesame/server/internal/replay"
	"github.com/sesame-spa/sesame/shared/spa"
)

// maxInline is how many HMAC groups and Openers a packet's state holds
// without allocating.
const maxInline = 8

// hmacResult is one HMAC group's verdict on the packet being decided.
type hmacResult struct {
	done bool
	body []byte
	err  error
}

// openResult is one Opener's decryption of the packet being decided.
type openResult struct {
	done bool
	m    *spa.Message
	err  error
}

// packetState is what Decide learns about one packet while trying stanzas.
type packetState struct {
	j        *Judge
	packet   []byte
	src, dst netip.Addr
	dg       Datagram
	now      time.Time
	digest   replay.Digest // set by replayCheck once the packet authenticates
	recorded bool
	// Per-packet results by HMAC group and by Opener, held in the state
	// itself (not behind a slice of it) so that they stay on the stack.
	macs       [maxInline]hmacResult
	moreMACs   []hmacResult
	opened     [maxInline]openResult
	moreOpened []openResult
}

// slot returns the i-th result of an inline array with its overflow.
func slot[T any](inline *[maxInline]T, more []T, i int) *T {
	if i < maxInline {
		return &inline[i]
	}
	return &more[i-maxInline]
}

// Datagram is how a packet travelled, as captured: its IP protocol and its
// source and destination addresses and ports. The replay record keeps it.
type Datagram = replay.Meta

// Decide judges one packet (the UDP payload exactly as received) that came
// from src to dst, at time now. See the package doc for the order of checks.
// Its replay record has protocol 0 and ports 0 (unknown): a caller that
// knows them uses DecideDatagram.
func (j *Judge) Decide(packet []byte, src, dst netip.Addr, now time.Time) Decision {
	return j.DecideDatagram(packet, Datagram{Src: netip.AddrPortFrom(src, 0), Dst: netip.AddrPortFrom(dst, 0)}, now)
}

// DecideDatagram is Decide for a packet whose protocol and ports are known,
// as the daemon's captures know them; they go into the replay record.
func (j *Judge) DecideDatagram(packet []byte, dg Datagram, now time.Time) Decision {
	src, dst := dg.Src.Addr(), dg.Dst.Addr()
	d := j.decide(packet, dg, now)
	d.Source, d.Destination, d.TestMode = src, dst, j.opts.TestMode
	return d
}

func (j *Judge) decide(packet []byte, dg Datagram, now time.Time) Decision {
	src, dst := dg.Src.Addr(), dg.Dst.Addr()
	if err := spa.Check(packet); err != nil {
		return reject(checkReason(err), err)
	}
	var cands [16]int
	matching := j.matching(cands[:0], src, dst)
	if len(matching) == 0 {
		return reject(NoMatchingStanza, nil)
	}
	p := packetState{j: j, packet: packet, src: src, dst: dst, dg: dg, now: now}
	if n := len(j.macs) - maxInline; n > 0 {
		p.moreMACs = make([]hmacResult, n)
	}
	if n := len(j.openers) - maxInline; n > 0 {
		p.moreOpened = make([]openResult, n)
	}
	if d, done := p.replayCheck(matching); done {
		return d
	}
	best, bestAt := Decision{stage: -1}, -1
	// The refusals are gathered on the stack and copied once into the
	// Decision, so stanzas tried cost one allocation, not one per growth.
	var triedBuf [8]Refusal
	tried := triedBuf[:0]
	for _, i := range matching {
		d, abort := p.try(&j.stanzas[i])
		if d.Accept || abort {
			if len(tried) > 0 {
				d.Others = slices.Clone(tried)
			}
			return d
		}
		tried = append(tried, Refusal{Stanza: d.Stanza, Reason: d.Reason, Err: d.Err})
		if d.stage > best.stage {
			best, bestAt = d, len(tried)-1
		}
	}
	if len(tried) > 1 {
		best.Others = slices.Delete(slices.Clone(tried), bestAt, bestAt+1)
	}
	return best
}

func checkReason(err error) Reason {
	switch {
	case errors.Is(err, spa.ErrTooShort):
		return TooShort
	case errors.Is(err, spa.ErrTooLong):
		return TooLong
	}
	return BadBase64
}

// matching appends the indexes of the stanzas whose SOURCE and DESTINATION
// match to buf.
func (j *Judge) matching(buf []int, src, dst netip.Addr) []int {
	for i := range j.stanzas {
		c := j.stanzas[i].cfg
		if c.MatchSource(src) && c.MatchDestination(dst) {
			buf = append(buf, i)
		}
	}
	return buf
}

// replayCheck looks the digest up when some matching stanza authenticates
// the packet: a replayed packet always carries a valid HMAC, so junk is
// refused for its HMAC without touching the cache.
func (p *packetState) replayCheck(matching []int) (Decision, bool) {
	authentic := false
	for _, i := range matching {
		st := &p.j.stanzas[i]
		if _, err := p.verify(st); err == nil {
			authentic = true
			break
		}
	}
	if !authentic {
		return Decision{}, false
	}
	p.digest = replay.Sum(p.packet)
	switch err := p.j.cache.Check(p.digest); {
	case errors.Is(err, replay.ErrSeen):
		return p.abort(Replay, err), true
	case err != nil:
		return p.abort(ReplayStoreFailed, err), true
	}
	return Decision{}, false
}

// abort is a rejection that ends the packet, whatever other stanzas say.
func (p *packetState) abort(r Reason, err error) Decision {
	d := reject(r, err)
	d.Digest = p.digest
	return d
}

// verify returns the packet body without its HMAC, computing each HMAC
// group's verdict at most once per packet.
func (p *packetState) verify(st *stanza) ([]byte, error) {
	if st.mac < 0 {
		return p.packet, nil
	}
	r := slot(&p.macs, p.moreMACs, st.mac)
	if !r.done {
		if p.j.onHMAC != nil {
			p.j.onHMAC(st.mac)
		}
		r.body, r.err = p.j.macs[st.mac].VerifyHMAC(p.packet)
		r.done = true
	}
	return r.body, r.err
}

// try runs one stanza's checks. abort reports a refusal that ends the
// packet (a replay, a malformed allow IP).
func (p *packetState) try(st *stanza) (d Decision, abort bool) {
	d.Stanza, d.Digest = st.cfg, p.digest
	fail := func(s stage, r Reason, err error) (Decision, bool) {
		d.stage, d.Reason, d.Err = s, r, err
		return d, false
	}
	cfg := st.cfg
	if !cfg.AccessExpire.IsZero() && p.now.Unix() > cfg.AccessExpire.Unix() {
		return fail(stageExpire, AccessExpired, nil)
	}
	body, err := p.verify(st)
	if err != nil {
		return fail(stageHMAC, BadHMAC, err)
	}
	m, viaGPG, s, r, err := p.open(st, body)
	if err != nil {
		return fail(s, r, err)
	}
	d.Message = m
	if viaGPG && cfg.GPGRequireSig {
		if r, err := signature(cfg.GPGIgnoreSigVerifyError, m); err != nil {
			return fail(stageSignature, r, err)
		}
	}
	if err := p.record(m); err != nil {
		var mark *replay.MarkError
		switch {
		case errors.As(err, &mark) && p.stale(m) != nil:
			// Older than the cache's watermark, and stale anyway: the
			// clock, not a replay, is what the administrator should hear of.
			return fail(stageAge, StaleTimestamp, p.stale(m))
		case errors.Is(err, replay.ErrSeen):
			d.Reason, d.Err = Replay, err
			return d, true
		}
		return fail(stageRecord, ReplayStoreFailed, err)
	}
	if err := signer(cfg, viaGPG, m); err != nil {
		return fail(stageSigner, GPGSignerNotAllowed, err)
	}
	d.Timeout = timeout(cfg, m)
	if err := p.stale(m); err != nil {
		return fail(stageAge, StaleTimestamp, err)
	}
	return p.authorize(st, d)
}

// stale returns why m's timestamp is too far from the clock, nil if it is
// fresh or aging is off.
func (p *packetState) stale(m *spa.Message) error {
	if age := p.now.Unix() - m.Timestamp; p.j.opts.PacketAging && (age > p.maxAge() || -age > p.maxAge()) {
		return fmt.Errorf("packet time differs from the clock by %d s", age)
	}
	return nil
}

func (p *packetState) maxAge() int64 {
	return int64(p.j.srv.MaxSPAPacketAge / time.Second)
}

// open decrypts and decodes the body with the stanza's keys. As in the stock
// daemon the packet's length picks the cipher: 400 characters or more is
// GPG, which a Rijndael key opens only on a stanza with ENABLE_CMD_EXEC.
func (p *packetState) open(st *stanza, body []byte) (m *spa.Message, viaGPG bool, s stage, r Reason, err error) {
	isGPG := len(p.packet) >= spa.MinGPGPacketLen
	err = errNoCipher
	if st.rijndael >= 0 && (!isGPG || st.cfg.EnableCmdExec) {
		if m, err = p.decrypt(st.rijndael, body); err == nil {
			return m, false, 0, "", nil
		}
	}
	if st.gpg >= 0 && isGPG {
		if m, err = p.decrypt(st.gpg, body); err == nil {
			return m, true, 0, "", nil
		}
	}
	if errors.Is(err, spa.ErrBadDigest) || errors.Is(err, spa.ErrMalformed) || errors.Is(err, spa.ErrUnknownType) {
		return nil, false, stageDecode, Malformed, err
	}
	return nil, false, stageDecrypt, DecryptFailed, err
}

var errNoCipher = errors.New("no key of this stanza matches the packet's encryption")

// decrypt decrypts with Opener i, once per packet: stanzas sharing keys
// share the result. The body is the same for all of them (the packet less an
// HMAC of the Opener's own type and key).
func (p *packetState) decrypt(i int, body []byte) (*spa.Message, error) {
	r := slot(&p.opened, p.moreOpened, i)
	if !r.done {
		o := p.j.openers[i]
		if o.Keys().GPG != nil {
			r.m, r.err = p.gpgDecrypt(o, body)
		} else {
			r.m, r.err = o.Decrypt(body)
		}
		r.done = true
	}
	return r.m, r.err
}

// gpgDecrypt decrypts with the Opener's keys, judging key validity at the
// packet's decision time rather than the system clock.
func (p *packetState) gpgDecrypt(o *spa.Opener, body []byte) (*spa.Message, error) {
	k := *o.Keys()
	g := *k.GPG
	now := p.now
	g.Now = func() time.Time { return now }
	k.GPG = &g
	at, err := spa.NewOpener(&k)
	if err != nil {
		return nil, err
	}
	return at.Decrypt(body)
}

// signature applies GPG_REQUIRE_SIG: a GPG packet must be signed, and the
// signature must verify unless GPG_IGNORE_SIG_VERIFY_ERROR. The stock daemon
// refuses both while decrypting, before the digest is recorded.
func signature(ignoreErr bool, m *spa.Message) (Reason, error) {
	if m.Signer == nil {
		return GPGSignatureMissing, errors.New("GPG packet is not signed")
	}
	if !m.Signer.Verified && !ignoreErr {
		return GPGBadSignature, fmt.Errorf("GPG signature by %s does not verify: %w", m.Signer.KeyIDString(), m.Signer.Err)
	}
	return "", nil
}
