package daemon

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/sesame-spa/sesame/server/internal/config"
)

// Options are the command-line settings of one fwknopd run. The zero value
// reads /etc/fwknop/fwknopd.conf and its ACCESS_FILE.
type Options struct {
	ConfigFile string   // -c (default config.DefaultConfigFile)
	Overrides  []string // -O, in order
	// Set holds variables the command line sets over the files, applied in
	// order after every file: -i PCAP_INTF, -d DIGEST_FILE, -p
	// FWKNOP_PID_FILE, -a ACCESS_FILE, -P PCAP_FILTER, -r FWKNOP_RUN_DIR.
	Set []Setting

	Foreground  bool   // -f
	Test        bool   // -t: decide and log, change nothing
	PCAPFile    string // --pcap-file: read packets from a file, exit at its end (once its grants expired, lingerAfterFile)
	UDPServer   bool   // -U: a UDP socket instead of libpcap
	PacketLimit int    // -C: exit after this many candidate packets (0: no limit)
	Verbose     int    // -v count
	LogJSON     bool   // --log-json: one JSON object per decision on Stdout
	RotateCache bool   // --rotate-digest-cache: move the digest file aside first
	NoIPTCheck  bool   // --no-ipt-check-support: never `iptables -C` (firewall.Config.NoCheck)
}

// Setting is one fwknopd.conf variable set from the command line.
type Setting struct{ Name, Value string }

// Config is a loaded, validated pair of configuration files.
type Config struct {
	Server   *config.Server
	Access   *config.Access
	Warnings []config.Warning
}

// ErrConfig wraps every refusal to load the configuration; the underlying
// *config.Error names file:line.
var ErrConfig = errors.New("configuration refused")

// LoadConfig reads fwknopd.conf, the -O overrides, the command-line
// settings and then access.conf (or ACCESS_FOLDER), validating each against
// the other. It is what the daemon runs at start and on SIGHUP.
func LoadConfig(o *Options) (*Config, error) {
	srv, warns, err := LoadServerConfig(o)
	if err != nil {
		return nil, err
	}
	acc, aw, err := loadAccess(srv)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := acc.Validate(srv); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &Config{Server: srv, Access: acc, Warnings: append(warns, aw...)}, nil
}

// LoadServerConfig reads only fwknopd.conf, the -O overrides and the
// command-line settings: enough for -K, -S, -R and the --fw-* actions.
func LoadServerConfig(o *Options) (*config.Server, []config.Warning, error) {
	main := o.ConfigFile
	if main == "" {
		main = config.DefaultConfigFile
	}
	srv, warns, err := config.LoadServer(append([]string{main}, o.Overrides...)...)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	for _, s := range o.Set {
		if err := srv.Set(s.Name, s.Value); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	return srv, warns, nil
}

// loadAccess reads ACCESS_FOLDER when it is set, as the stock daemon does
// (every file in it, in name order), else ACCESS_FILE.
func loadAccess(srv *config.Server) (*config.Access, []config.Warning, error) {
	if srv.AccessFolder == "" {
		return config.LoadAccessFor(srv.AccessFile, srv)
	}
	dir, err := filepath.Abs(srv.AccessFolder)
	if err != nil {
		return nil, nil, err
	}
	return config.ParseAccessFor(strings.NewReader("%include_folder "+dir+"\n"), filepath.Join(dir, "ACCESS_FOLDER"), srv)
}

// Dump writes what `fwknopd -D` prints: the effective fwknopd.conf values,
// then the access stanzas, keys masked.
func (c *Config) Dump(w io.Writer) {
	c.Server.Dump(w)
	fmt.Fprintln(w)
	c.Access.Dump(w)
}
