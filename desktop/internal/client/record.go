package client

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/netip"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/sesame-spa/sesame/desktop/internal/store"
)

// Reason says how a knock ended.
type Reason string

// The reasons.
const (
	Opened         Reason = "open"            // the port answered
	AlreadyOpen    Reason = "already-open"    // the port answered before the knock was sent; the knock is unchecked
	Sent           Reason = "sent"            // sent; nothing to check (no TCP port)
	NoAnswer       Reason = "no-answer"       // the port never answered
	ClockOff       Reason = "clock-off"       // no answer, and the local clock is far off
	AddressChanged Reason = "address-changed" // no answer, and the external address changed
	Refused        Reason = "refused"         // the port refused: reachable, nothing listens
	DNSFailure     Reason = "dns"             // the server's name did not resolve
	NotSent        Reason = "not-sent"        // the packet could not be built or sent
)

// Packet is the decoded content of a knock: what the stock client's -v
// shows, minus anything secret.
type Packet struct {
	Random        string `json:"random"`
	User          string `json:"user"`
	Timestamp     int64  `json:"timestamp"`
	Type          string `json:"type"`
	Message       string `json:"message"` // the access message: allow address and ports
	NATAccess     string `json:"nat_access,omitempty"`
	ClientTimeout int    `json:"client_timeout,omitempty"`
	DigestType    string `json:"digest_type"`
	Digest        string `json:"digest"`
}

// Record is one knock and what came of it.
type Record struct {
	Profile   string         `json:"profile"`
	At        time.Time      `json:"at"`               // when the packet was sent
	Server    string         `json:"server"`           // address:port and transport the packet went to
	Allow     string         `json:"allow"`            // the address the server was asked to open for
	AllowFrom string         `json:"allow_from"`       // how that address was learnt
	Port      netip.AddrPort `json:"port,omitzero"`    // the port checked
	Reason    Reason         `json:"reason"`           // how it ended
	Opened    bool           `json:"opened"`           // the port answered
	After     time.Duration  `json:"after,omitempty"`  // from the packet leaving to the port answering
	Until     time.Time      `json:"until,omitzero"`   // when the grant asked for ends
	Diagnosis string         `json:"diagnosis"`        // one line for the user
	Packet    *Packet        `json:"packet,omitempty"` // nil when no packet was built

	// OpenUntil: AlreadyOpen only: when the grant of this profile's last
	// knock that opened the port ends, as that knock asked for it (a server
	// may grant less: FW_ACCESS_TIMEOUT when the profile asks no time);
	// zero when no such grant is known (the port is open for another reason).
	OpenUntil time.Time `json:"open_until,omitzero"`
}

// Fields lists the record's packet fields as label/value pairs, in the
// order fwknop's -v prints them, for a history view.
func (r Record) Fields() [][2]string {
	if r.Packet == nil {
		return nil
	}
	p := r.Packet
	f := [][2]string{
		{"Random value", p.Random},
		{"Username", p.User},
		{"Timestamp", fmt.Sprintf("%d (%s)", p.Timestamp, time.Unix(p.Timestamp, 0).UTC().Format(time.RFC3339))},
		{"Message type", p.Type},
		{"Access message", p.Message},
	}
	if p.NATAccess != "" {
		f = append(f, [2]string{"NAT access", p.NATAccess})
	}
	if p.ClientTimeout != 0 {
		f = append(f, [2]string{"Client timeout", strconv.Itoa(p.ClientTimeout)})
	}
	return append(f, [2]string{"Digest type", p.DigestType}, [2]string{"Digest", p.Digest})
}

// History is the list of recent knocks, newest last, kept in a file.
type History struct {
	path string
	max  int
	mu   sync.Mutex
	recs []Record
}

// DefaultHistory is how many knocks a history keeps.
const DefaultHistory = 200

// OpenHistory loads the history kept in path (none yet is fine), keeping
// at most max records (0: DefaultHistory). An empty path keeps the history
// in memory only. An unreadable file is reported and left alone; the
// history then starts empty and is not saved over it.
func OpenHistory(path string, max int) (*History, error) {
	h := &History{path: path, max: max}
	if h.max <= 0 {
		h.max = DefaultHistory
	}
	if path == "" {
		return h, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return h, nil
	}
	if err == nil {
		err = json.Unmarshal(data, &h.recs)
	}
	if err != nil {
		h.path = ""
		return h, fmt.Errorf("knock history %s: %v (kept as it is; this session's history is not saved)", path, err)
	}
	return h, nil
}

// Add appends r and saves the history. It reads the file again first: the
// tray process and the window process (package trayapp) each keep a
// History of the same file, and neither may drop the other's knocks; a
// lock on the file's companion keeps their read and write apart.
func (h *History) Add(r Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.path != "" {
		defer lockHistory(h.path)()
	}
	h.reread()
	h.recs = append(h.recs, r)
	if n := len(h.recs); n > h.max {
		h.recs = append([]Record(nil), h.recs[n-h.max:]...)
	}
	if h.path == "" {
		return nil
	}
	data, err := json.MarshalIndent(h.recs, "", "  ")
	if err != nil {
		return err
	}
	return store.WriteFileAtomic(h.path, data, 0o600)
}

// reread takes the file's records when it can read them; otherwise (no
// file, or one the other process is replacing) the records in memory stay.
func (h *History) reread() {
	if h.path == "" {
		return
	}
	data, err := os.ReadFile(h.path)
	if err != nil {
		return
	}
	var recs []Record
	if json.Unmarshal(data, &recs) == nil {
		h.recs = recs
	}
}

// Grant returns the newest record of a knock with profile that opened port
// for allow (Reason Opened, checked by the probe) and whose grant has not
// ended at now. A nil History knows none.
func (h *History) Grant(profile string, port netip.AddrPort, allow string, now time.Time) (Record, bool) {
	if h == nil {
		return Record{}, false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for i := len(h.recs) - 1; i >= 0; i-- {
		r := h.recs[i]
		if r.Profile == profile && r.Reason == Opened && r.Port == port && r.Allow == allow {
			if r.Until.After(now) {
				return r, true
			}
			return Record{}, false
		}
	}
	return Record{}, false
}

// List returns the records, oldest first.
func (h *History) List() []Record {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Record(nil), h.recs...)
}
