package daemon

import (
	"fmt"
	"io"
)

// ParseDigestCache reads the replay cache as a start would, from a copy
// (as -t does), reporting on w what it finds, and changes nothing: the
// stock fwknopd's --exit-parse-digest-cache.
func ParseDigestCache(opts Options, cfg *Config, w io.Writer) error {
	opts.Test, opts.RotateCache = true, false
	log := NewLogger(NewTextSink(w, false, SystemClock{}.Now), nil, max(opts.Verbose, levelInfo))
	store, err := openReplay(opts, cfg.Server, log)
	if err != nil {
		return fmt.Errorf("replay cache %s: %w", cfg.Server.DigestFile, err)
	}
	return store.Close()
}
