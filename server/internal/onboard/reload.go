package onboard

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// daemonName is the process name (/proc/PID/comm) a pid file's process must
// have to be signalled: a stale pid file may name an unrelated process,
// which SIGHUP would kill.
const daemonName = "fwknopd"

// reload sends SIGHUP to the daemon named by pidFile and says what happened.
func reload(pidFile string) string {
	if pidFile == "" {
		return "No pid file given: reload the daemon yourself (fwknopd -R, or SIGHUP)."
	}
	data, err := os.ReadFile(pidFile)
	if errors.Is(err, fs.ErrNotExist) {
		return "The daemon is not running (no " + pidFile + "); the change applies when it starts."
	}
	if err != nil {
		return "Daemon not reloaded: " + err.Error() + "; reload it yourself."
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 1 {
		return "Daemon not reloaded: " + pidFile + " holds no process id; reload it yourself."
	}
	comm, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/comm")
	if err != nil {
		return fmt.Sprintf("The daemon is not running (pid %d from %s is gone); the change applies when it starts.", pid, pidFile)
	}
	if name := strings.TrimSpace(string(comm)); name != daemonName {
		return fmt.Sprintf("Daemon not reloaded: pid %d from %s is %q, not %s; reload it yourself.", pid, pidFile, name, daemonName)
	}
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		return fmt.Sprintf("Daemon not reloaded: SIGHUP to pid %d: %v; reload it yourself.", pid, err)
	}
	return fmt.Sprintf("Daemon reloaded (SIGHUP to pid %d).", pid)
}

func reportReload(w io.Writer, pidFile string) {
	fmt.Fprintln(w, reload(pidFile))
}
