package config

import (
	"errors"
	"io"
	"net/netip"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sesame-spa/sesame/shared/spa"
)

// Access is a parsed access.conf: its stanzas in file order (included files
// in place), tried in that order by the daemon.
type Access struct {
	Stanzas []*Stanza
	Files   []string // every file read, the root first
}

// Stanza is one SOURCE block. Zero values mean "not set" unless a default is
// named. Key, HMACKey and GPGDecryptPW are secrets: never log or print them.
type Stanza struct {
	File string // where its SOURCE line is
	Line int
	Num  int    // 1-based position in the whole file, as the stock daemon's "stanza #N"
	Name string // SESAME_CLIENT, the onboarding name ("" when unnamed)

	Source        []netip.Prefix  // SOURCE; ANY is 0.0.0.0/0 and ::/0
	Destination   []netip.Prefix  // DESTINATION; empty matches any
	OpenPorts     []spa.ProtoPort // OPEN_PORTS; empty allows any
	RestrictPorts []spa.ProtoPort // RESTRICT_PORTS

	Key          []byte   // KEY, or KEY_BASE64 decoded (1..32 bytes)
	KeyIsBase64  bool     // Key came from KEY_BASE64
	HMACKey      []byte   // HMAC_KEY, or HMAC_KEY_BASE64 decoded (1..136 bytes); empty: no HMAC
	HMACIsBase64 bool     // HMACKey came from HMAC_KEY_BASE64
	HMACType     spa.Hash // HMAC_DIGEST_TYPE (sha256)
	Mode         spa.Mode // ENCRYPTION_MODE (cbc)

	FWAccessTimeout time.Duration // FW_ACCESS_TIMEOUT (30s)
	MaxFWTimeout    time.Duration // MAX_FW_TIMEOUT (300s)

	EnableCmdExec bool   // ENABLE_CMD_EXEC
	CmdExecUser   string // CMD_EXEC_USER, resolved to CmdExecUID when the file is read
	CmdExecUID    uint32
	CmdExecGroup  string // CMD_EXEC_GROUP; CmdExecGID defaults to the user's primary group
	CmdExecGID    uint32
	CmdCycleOpen  string        // CMD_CYCLE_OPEN
	CmdCycleClose string        // CMD_CYCLE_CLOSE ("NONE": no close command)
	CmdCycleTimer time.Duration // CMD_CYCLE_TIMER

	RequireUsername      string    // REQUIRE_USERNAME
	RequireSourceAddress bool      // REQUIRE_SOURCE_ADDRESS (alias REQUIRE_SOURCE)
	AccessExpire         time.Time // ACCESS_EXPIRE (local midnight) or ACCESS_EXPIRE_EPOCH; zero: never

	ForceNAT        netip.AddrPort // FORCE_NAT "IP PORT" (FORWARD_ALL with SNAT implies 0.0.0.0:0)
	ForceSNAT       netip.Addr     // FORCE_SNAT
	ForceMasquerade bool           // FORCE_MASQUERADE
	DisableDNAT     bool           // DISABLE_DNAT
	ForwardAll      bool           // FORWARD_ALL

	GPGHomeDir              string   // GPG_HOME_DIR; empty: the server's GPG_HOME_DIR
	GPGExe                  string   // GPG_EXE
	GPGDecryptID            string   // GPG_DECRYPT_ID
	GPGDecryptPW            string   // GPG_DECRYPT_PW (secret)
	GPGAllowNoPW            bool     // GPG_ALLOW_NO_PW
	GPGRequireSig           bool     // effective: Y unless GPG_DISABLE_SIG Y, as in the stock daemon
	GPGIgnoreSigVerifyError bool     // GPG_IGNORE_SIG_VERIFY_ERROR
	GPGRemoteIDs            []string // GPG_REMOTE_ID, upper-case hex
	GPGFingerprints         []string // GPG_FINGERPRINT_ID, upper-case hex

	GrantPrefixV4 int // GRANT_PREFIX_V4 (32): width of the source network a grant opens, 16..32
	GrantPrefixV6 int // GRANT_PREFIX_V6 (128): 48..128
}

// UsesGPG reports whether the stanza decrypts OpenPGP packets.
func (s *Stanza) UsesGPG() bool { return s.GPGDecryptPW != "" || s.GPGAllowNoPW }

// UsesRijndael reports whether the stanza has a Rijndael key.
func (s *Stanza) UsesRijndael() bool { return len(s.Key) > 0 }

// Label names the stanza in logs: "#2" or "#2 (alice)".
func (s *Stanza) Label() string {
	l := "#" + strconv.Itoa(s.Num)
	if s.Name != "" {
		l += " (" + s.Name + ")"
	}
	return l
}

// ByName returns the stanza with SESAME_CLIENT name, or nil.
func (a *Access) ByName(name string) *Stanza {
	for _, s := range a.Stanzas {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// userDB resolves CMD_EXEC_USER / CMD_EXEC_GROUP.
type userDB interface {
	LookupUser(name string) (uid, gid uint32, err error)
	LookupGroup(name string) (gid uint32, err error)
}

type osUsers struct{}

func (osUsers) LookupUser(name string) (uint32, uint32, error) {
	u, err := user.Lookup(name)
	if err != nil {
		return 0, 0, err
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err1 != nil || err2 != nil {
		return 0, 0, badValue("user %s has a non-numeric id", quote(name))
	}
	return uint32(uid), uint32(gid), nil
}

func (osUsers) LookupGroup(name string) (uint32, error) {
	g, err := user.LookupGroup(name)
	if err != nil {
		return 0, err
	}
	gid, err := strconv.ParseUint(g.Gid, 10, 32)
	if err != nil {
		return 0, badValue("group %s has a non-numeric id", quote(name))
	}
	return uint32(gid), nil
}

// maxIncludeDepth is the stock MAX_DEPTH: the root file and two levels of includes.
const maxIncludeDepth = 3

type accessParser struct {
	fsys  fileSystem
	users userDB
	loc   *time.Location
	acc   *Access
	warns []Warning
	depth int
	// natOff: fwknopd.conf has no NAT mode on, so FORCE_NAT and
	// FORCE_SNAT are refused at their line (natmode.go).
	natOff bool
}

func newAccessParser(fsys fileSystem, users userDB) *accessParser {
	return &accessParser{fsys: fsys, users: users, loc: time.Local, acc: &Access{}}
}

// LoadAccess reads access.conf at path, following its includes, with the
// stock permission check on every file read.
func LoadAccess(path string) (*Access, []Warning, error) {
	p := newAccessParser(osFS{}, osUsers{})
	if err := p.includeFile(path, "", 0); err != nil {
		return nil, nil, err
	}
	return p.finish(path)
}

// ParseAccess reads an access.conf from r; name is used in messages and to
// resolve relative includes, which are read from the disk.
func ParseAccess(r io.Reader, name string) (*Access, []Warning, error) {
	return parseAccess(r, name, osFS{}, osUsers{})
}

func parseAccess(r io.Reader, name string, fsys fileSystem, users userDB) (*Access, []Warning, error) {
	p := newAccessParser(fsys, users)
	if err := p.parseFile(r, name); err != nil {
		return nil, nil, err
	}
	return p.finish(name)
}

func (p *accessParser) finish(root string) (*Access, []Warning, error) {
	if len(p.acc.Stanzas) == 0 {
		return nil, nil, errorf(ErrNoStanza, root, 0, "Fatal, could not find any valid access.conf stanzas (no SOURCE stanza found)")
	}
	return p.acc, p.warns, nil
}

func (p *accessParser) warn(file string, line int, format string, args ...any) {
	p.warns = append(p.warns, Warning{File: file, Line: line, Msg: sprintf(format, args...)})
}

// parseFile reads one file. Its current stanza is its own, as in the stock
// parser: variables after an %include line still belong to the stanza
// that was open before it.
func (p *accessParser) parseFile(r io.Reader, file string) error {
	p.depth++
	defer func() { p.depth-- }()
	entries, err := readEntriesWorded(r, file, "Invalid access file entry")
	if err != nil {
		return err
	}
	p.acc.Files = append(p.acc.Files, file)
	var cur *stanzaBuilder
	for _, e := range entries {
		switch {
		case e.name == "%include":
			err = p.includeFile(p.resolve(file, e.value), file, e.line)
		case e.name == "%include_folder":
			err = p.includeFolder(p.resolve(file, e.value), file, e.line)
		case e.name == "SOURCE":
			if err = cur.done(p); err == nil {
				cur, err = p.newStanza(e, file)
			}
		case cur == nil:
			err = errorf(ErrSyntax, file, e.line, "Could not find valid SOURCE stanza for %s: it comes before the first SOURCE line", shownName(e.name))
		case e.name == "%include_keys":
			err = p.includeKeys(cur, p.resolve(file, e.value), file, e.line)
		default:
			err = p.setVar(cur, e, file, false)
		}
		if err != nil {
			return err
		}
	}
	return cur.done(p)
}

// resolve finds a relative include path as the stock daemon does, from
// the working directory; when nothing is there, from the including file's
// folder (where Sesame's own configurations put what they include).
func (p *accessParser) resolve(from, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	if _, err := p.fsys.Stat(path); err == nil {
		return path
	}
	return filepath.Join(filepath.Dir(from), path)
}

func (p *accessParser) checkDepth(from string, line int) error {
	if p.depth >= maxIncludeDepth {
		return errorf(ErrInclude, from, line, "Refusing to go deeper than %d levels of includes", maxIncludeDepth)
	}
	return nil
}

func (p *accessParser) includeFile(path, from string, line int) error {
	if err := p.checkDepth(from, line); err != nil {
		return err
	}
	f, warns, err := p.openAccess(path)
	if err != nil {
		return includeError(err, from, line)
	}
	defer f.Close()
	p.warns = append(p.warns, warns...)
	return p.parseFile(f, path)
}

func (p *accessParser) includeFolder(dir, from string, line int) error {
	if err := p.checkDepth(from, line); err != nil {
		return err
	}
	files, err := confFiles(p.fsys, dir)
	if err != nil {
		return errorf(ErrInclude, from, line, "%%include_folder %s: %s", quote(dir), errText(err))
	}
	for _, f := range files {
		if err := p.includeFile(f, from, line); err != nil {
			return err
		}
	}
	return nil
}

// openAccess is openConfig with a file that cannot be opened worded as
// the stock's "Could not open access file".
func (p *accessParser) openAccess(path string) (io.ReadCloser, []Warning, error) {
	f, warns, err := openConfig(p.fsys, path)
	if e, ok := err.(*Error); ok && !errors.Is(e, ErrFile) {
		e.Msg = "Could not open access file: " + e.Msg
	}
	return f, warns, err
}

// includeError places a failure to open an included file at the %include line.
func includeError(err error, from string, line int) error {
	if from == "" {
		return err
	}
	if e, ok := err.(*Error); ok && e.Line == 0 {
		return errorf(ErrInclude, from, line, "include %s: %s", e.File, e.Msg)
	}
	return err
}

// keyVars are the variables an %include_keys file may set.
var keyVars = map[string]bool{
	"KEY": true, "KEY_BASE64": true, "HMAC_KEY": true, "HMAC_KEY_BASE64": true,
	"GPG_DECRYPT_ID": true, "GPG_DECRYPT_PW": true, "GPG_ALLOW_NO_PW": true, "GPG_REQUIRE_SIG": true,
	"GPG_DISABLE_SIG": true, "GPG_IGNORE_SIG_VERIFY_ERROR": true, "GPG_REMOTE_ID": true, "GPG_FINGERPRINT_ID": true,
}

// includeKeys reads the key variables of the current stanza from another
// file (the stock %include_keys). Other variables there are ignored with a
// warning. Unlike the stock daemon, a bad keys file is an error, not a
// silently dropped stanza, and it gets the permission check too.
func (p *accessParser) includeKeys(cur *stanzaBuilder, path, from string, line int) error {
	f, warns, err := p.openAccess(path)
	if err != nil {
		return includeError(err, from, line)
	}
	defer f.Close()
	p.warns = append(p.warns, warns...)
	entries, err := readEntriesWorded(f, path, "Invalid access file entry")
	if err != nil {
		return err
	}
	p.acc.Files = append(p.acc.Files, path)
	for _, e := range entries {
		if err := p.setVar(cur, e, path, true); err != nil {
			return err
		}
	}
	return nil
}

// splitList splits on commas and blanks, dropping empty items.
func splitList(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
}

// Validate checks the stanzas against the server configuration, as the
// stock parser does while reading: FORCE_NAT and FORCE_SNAT need
// ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT.
func (a *Access) Validate(s *Server) error {
	if s.EnableIPTForwarding || s.EnableIPTLocalNAT {
		return nil
	}
	for _, st := range a.Stanzas {
		if st.ForceSNAT.IsValid() || st.ForceNAT.IsValid() && !st.ForwardAll {
			return errorf(ErrConflict, st.File, st.Line, "stanza %s: FORCE_NAT/FORCE_SNAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT in fwknopd.conf", st.Label())
		}
	}
	return nil
}
