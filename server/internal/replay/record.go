package replay

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/netip"
	"strconv"
)

const (
	header     = "# sesame replay cache v2\n"
	headerStem = "# sesame replay cache v"
	// headerV1 is the header of the first format, whose records put the
	// times first ("<digest> <packet_time> <arrival_time> <proto> <src>
	// <dst> <crc32c>"). Open reads its records and upgrades the header in
	// place (both are the same length); new records are v2.
	headerV1    = "# sesame replay cache v1\n"
	fieldsLine  = "# <digest> <proto> <src_ip> <src_port> <dst_ip> <dst_port> <arrival_time> <packet_time> <crc32c>\n"
	stockHeader = "# <digest> <proto> <src_ip> <src_port> <dst_ip> <dst_port> <time>"
	// markPrefix starts a watermark record: "# watermark <unix_seconds>
	// <crc32c>". A comment to a reader that does not know it.
	markPrefix = "# watermark "
	// maxLine bounds one line; real records are under 150 bytes.
	maxLine = 1024
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const hexDigits = "0123456789abcdef"

// Meta is what a record says about the datagram besides its digest. It is
// kept in the file for the administrator, not in memory.
type Meta struct {
	Proto    uint8 // IP protocol, 17 for UDP; 0 if unknown
	Src, Dst netip.AddrPort
}

// stamp packs what expiry needs into 8 bytes: the packet's timestamp in Unix
// seconds (for an entry imported from the stock daemon, the arrival time)
// shifted left one bit, with the low bit set for imported entries.
type stamp int64

// stampLimit keeps the shifted value and expiry arithmetic from overflowing;
// clamping a nonsense timestamp toward it only keeps the entry longer or,
// for the far past, lets it go when aging would reject the packet anyway.
const stampLimit = 1 << 60

func makeStamp(sec int64, imported bool) stamp {
	sec = min(max(sec, -stampLimit), stampLimit)
	s := stamp(sec << 1)
	if imported {
		s |= 1
	}
	return s
}

func (s stamp) imported() bool { return s&1 != 0 }

// expiry is the last Unix second at which the packet can still be fresh.
func (s stamp) expiry(maxAge int64) int64 {
	base := int64(s >> 1)
	if s.imported() {
		return base + 2*maxAge
	}
	return base + maxAge
}

// latest is the latest time the packet can have been stamped, as far as the
// cache knows: its own time, or for an imported entry its arrival plus
// maxAge (the stock daemon accepted it while fresh).
func (s stamp) latest(maxAge int64) int64 { return s.expiry(maxAge) - maxAge }

// record is one parsed line of a cache file.
type record struct {
	digest  Digest
	stamp   stamp
	arrival int64
	meta    Meta
}

// appendRecord appends r as a v2 record. Its first seven fields are the
// stock fwknopd's digest.cache line ("<digest> <proto> <src_ip> <src_port>
// <dst_ip> <dst_port> <time>", time being the arrival), so tools and tests
// written for the stock file (fwknop's suite checks its lines) read it; the
// packet's own time and the checksum follow.
func appendRecord(b []byte, r *record) []byte {
	start := len(b)
	b = r.digest.appendText(b)
	b = append(b, ' ')
	b = strconv.AppendUint(b, uint64(r.meta.Proto), 10)
	b = appendStockAddrPort(append(b, ' '), r.meta.Src)
	b = appendStockAddrPort(append(b, ' '), r.meta.Dst)
	b = append(b, ' ')
	b = strconv.AppendInt(b, r.arrival, 10)
	b = append(b, ' ')
	if r.stamp.imported() {
		b = append(b, '-')
	} else {
		b = strconv.AppendInt(b, int64(r.stamp>>1), 10)
	}
	return appendSum(b, start)
}

// appendStockAddrPort appends "ip port" as the stock file has them; an
// unknown address is 0.0.0.0 0.
func appendStockAddrPort(b []byte, ap netip.AddrPort) []byte {
	if !ap.IsValid() {
		return append(b, "0.0.0.0 0"...)
	}
	b = ap.Addr().AppendTo(b)
	b = append(b, ' ')
	return strconv.AppendUint(b, uint64(ap.Port()), 10)
}

// appendMark appends the watermark record for mark: packets stamped at or
// before mark are refused.
func appendMark(b []byte, mark int64) []byte {
	start := len(b)
	b = strconv.AppendInt(append(b, markPrefix...), mark, 10)
	return appendSum(b, start)
}

// appendSum appends " <crc32c of b[start:]>\n".
func appendSum(b []byte, start int) []byte {
	sum := crc32.Checksum(b[start:], castagnoli)
	b = append(b, ' ')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[sum>>shift&0xF])
	}
	return append(b, '\n')
}

// parseMark parses a line starting with markPrefix, without its '\n'.
func parseMark(line []byte) (int64, error) {
	body, sumText, ok := bytes.Cut(line[len(markPrefix):], []byte{' '})
	if !ok {
		return 0, errors.New("watermark: want \"# watermark <unix_seconds> <crc32c>\"")
	}
	if err := checkSum(line[:len(line)-len(sumText)-1], sumText); err != nil {
		return 0, fmt.Errorf("watermark: %v", err)
	}
	return parseInt(body, "watermark")
}

// checkSum verifies that sumText, 8 hex digits, is the CRC-32C of body.
func checkSum(body, sumText []byte) error {
	var sum [4]byte
	if len(sumText) != 2*len(sum) {
		return fmt.Errorf("checksum %q is not 8 hex digits", sumText)
	}
	if _, err := hex.Decode(sum[:], sumText); err != nil {
		return fmt.Errorf("checksum %q is not 8 hex digits", sumText)
	}
	want := binary.BigEndian.Uint32(sum[:])
	if got := crc32.Checksum(body, castagnoli); got != want {
		return fmt.Errorf("checksum mismatch: line has %08x, content gives %08x", want, got)
	}
	return nil
}

// parseEntry parses from one line of a Sesame cache file, without its '\n',
// what the cache holds in memory: the digest and its stamp. The checksum
// covers the whole line, so damage to the fields left unread (proto and
// addresses, which are for people, and the arrival time of a packet whose
// own time is known) is caught all the same.
//
// A v2 record has 9 fields, the times at 6 and 7; a v1 record (a file
// written before v2) has 7, the times at 1 and 2. The checksum tells a
// damaged line of one from the other.
func parseEntry(line []byte) (Digest, stamp, error) {
	var f [9][]byte
	n, rest := 0, line
	for len(rest) > 0 && n < len(f) {
		field, tail, _ := bytes.Cut(rest, []byte{' '})
		if len(field) == 0 {
			break
		}
		f[n], rest, n = field, tail, n+1
	}
	if (n != 9 && n != 7) || len(rest) > 0 || line[len(line)-1] == ' ' {
		return Digest{}, 0, errors.New("want 9 fields (7 in a v1 record) separated by single spaces")
	}
	if err := checkSum(line[:len(line)-len(f[n-1])-1], f[n-1]); err != nil {
		return Digest{}, 0, err
	}
	var d Digest
	if err := d.UnmarshalText(f[0]); err != nil {
		return Digest{}, 0, err
	}
	packetTime, arrival := f[7], f[6]
	if n == 7 {
		packetTime, arrival = f[1], f[2]
	}
	// An imported entry has no packet time; its arrival time stands in.
	imported, field, name := string(packetTime) == "-", packetTime, "packet_time"
	if imported {
		field, name = arrival, "arrival_time"
	}
	sec, err := parseInt(field, name)
	if err != nil {
		return Digest{}, 0, err
	}
	return d, makeStamp(sec, imported), nil
}

func parseInt(b []byte, what string) (int64, error) {
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a decimal integer", what, b)
	}
	return v, nil
}

func parseProto(b []byte) (uint8, error) {
	p, err := strconv.ParseUint(string(b), 10, 8)
	if err != nil {
		return 0, fmt.Errorf("proto %q is not 0..255", b)
	}
	return uint8(p), nil
}

// parseStockLine parses one line of the stock fwknopd digest.cache:
// "<digest> <proto> <src_ip> <src_port> <dst_ip> <dst_port> <time>", where
// time is when the packet arrived.
func parseStockLine(line []byte) (record, error) {
	var r record
	f := bytes.Fields(line)
	if len(f) != 7 {
		return r, fmt.Errorf("%d fields, want 7", len(f))
	}
	if err := r.digest.UnmarshalText(f[0]); err != nil {
		return r, err
	}
	src, err := stockAddrPort(f[2], f[3], "src")
	if err != nil {
		return r, err
	}
	dst, err := stockAddrPort(f[4], f[5], "dst")
	if err != nil {
		return r, err
	}
	if r.arrival, err = parseInt(f[6], "time"); err != nil {
		return r, err
	}
	r.stamp = makeStamp(r.arrival, true)
	r.meta = Meta{Src: src, Dst: dst}
	r.meta.Proto, err = parseProto(f[1])
	return r, err
}

func stockAddrPort(ip, port []byte, what string) (netip.AddrPort, error) {
	a, err := netip.ParseAddr(string(ip))
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("%s_ip %q: %v", what, ip, err)
	}
	p, err := strconv.ParseUint(string(port), 10, 16)
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("%s_port %q is not 0..65535", what, port)
	}
	return netip.AddrPortFrom(a, uint16(p)), nil
}

// lineReader yields the lines of a file with their numbers and offsets.
type lineReader struct {
	br   *bufio.Reader
	off  int64 // offset of the next line
	line int   // number of the last line returned
}

func newLineReader(r io.Reader, off int64, line int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10), off: off, line: line}
}

// errLong marks a complete line longer than maxLine.
var errLong = fmt.Errorf("line longer than %d bytes", maxLine)

// next returns the next complete line without its '\n' and the offset of its
// start. It returns errLong for an overlong line (consumed whole), io.EOF at
// a clean end, and ErrTornRecord with the bytes after the last '\n' (nil if
// overlong). The slice is valid until the next call.
func (lr *lineReader) next() (line []byte, off int64, err error) {
	off = lr.off
	// The buffer is far larger than maxLine, so a line that fits comes whole.
	line, err = lr.br.ReadSlice('\n')
	n := int64(len(line))
	for errors.Is(err, bufio.ErrBufferFull) {
		var more []byte
		more, err = lr.br.ReadSlice('\n')
		n += int64(len(more))
	}
	lr.off += n
	switch {
	case errors.Is(err, io.EOF) && n == 0:
		return nil, off, io.EOF
	case err != nil && !errors.Is(err, io.EOF):
		return nil, off, err
	}
	lr.line++
	torn := err != nil
	switch {
	case n > maxLine && torn:
		return nil, off, ErrTornRecord
	case n > maxLine:
		return nil, off, errLong
	case torn:
		return line, off, ErrTornRecord
	}
	return line[:n-1], off, nil
}
