package daemon

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadConfigNATNeedsForwardingFirst: the daemon reads access.conf (or
// ACCESS_FOLDER) knowing its fwknopd.conf, so a FORCE_SNAT with neither
// ENABLE_IPT_FORWARDING nor ENABLE_IPT_LOCAL_NAT is refused for that at its
// line, before its (here malformed) value, in the stock's words.
func TestLoadConfigNATNeedsForwardingFirst(t *testing.T) {
	const access = "SOURCE ANY\nKEY testtest\nFORCE_SNAT a\n"
	for _, folder := range []bool{false, true} {
		etc, dir := t.TempDir(), t.TempDir()
		writeConf(t, filepath.Join(etc, "fwknopd.conf"), baseServerConf)
		writeConf(t, filepath.Join(dir, "access.conf"), access)
		o := &Options{ConfigFile: filepath.Join(etc, "fwknopd.conf"), Set: []Setting{{"ACCESS_FILE", filepath.Join(dir, "access.conf")}}}
		if folder {
			o.Set = []Setting{{"ACCESS_FOLDER", dir}}
		}
		_, err := LoadConfig(o)
		want := filepath.Join(dir, "access.conf") + ":3: FORCE_SNAT requires either ENABLE_IPT_FORWARDING or ENABLE_IPT_LOCAL_NAT"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("folder %v: LoadConfig: %v\nwant %q", folder, err, want)
		}
	}
}
