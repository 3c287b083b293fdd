// Command idlebench measures what the desktop app costs while it waits:
// CPU (% of one core), wake-ups a second and RSS, with the window open and
// then hidden in the tray. make bench runs it (scripts/bench.sh) on the
// current build and on the build before the idle work, side by side.
//
// Each app runs in its own Xvfb with a private D-Bus session bus on which
// a stand-in StatusNotifierWatcher plays the tray host, so the app starts
// its tray, and its window's close button hides the window as on a
// desktop. The close button is pressed as a window manager does: a
// WM_DELETE_WINDOW message to the window (see x11.go).
//
// Since the tray became a process of its own (package trayapp), "window
// open" is the tray process and its window process together, and "hidden
// in tray" is the tray process alone: idlebench waits for the window
// process to exit after the close button (an app of one process, as
// before, just hides its window).
//
// Usage: idlebench [-settle 5s] [-sample 20s] label=binary ...
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
)

func main() {
	settle := flag.Duration("settle", 5*time.Second, "wait this long after each change before sampling")
	sample := flag.Duration("sample", 20*time.Second, "sample each state this long")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: idlebench [-settle 5s] [-sample 20s] label=binary ...")
		os.Exit(2)
	}
	var rows []row
	for _, arg := range flag.Args() {
		label, bin, ok := strings.Cut(arg, "=")
		if !ok {
			fmt.Fprintf(os.Stderr, "idlebench: %q: want label=binary\n", arg)
			os.Exit(2)
		}
		r, err := measure(label, bin, *settle, *sample)
		if err != nil {
			fmt.Fprintf(os.Stderr, "idlebench: %s (%s): %v\n", label, bin, err)
			os.Exit(1)
		}
		rows = append(rows, r...)
	}
	printTable(os.Stdout, rows)
}

// row is one app in one state, averaged over the sample.
type row struct {
	label, state string
	usage
}

// measure runs bin and samples it with the window open, then hidden.
func measure(label, bin string, settle, sample time.Duration) ([]row, error) {
	var cleanups []func()
	defer func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}()
	display, stop, err := startXvfb()
	if err != nil {
		return nil, err
	}
	cleanups = append(cleanups, stop)
	bus, stop, err := startBus()
	if err != nil {
		return nil, err
	}
	cleanups = append(cleanups, stop)
	registered, stop, err := fakeWatcher(bus)
	if err != nil {
		return nil, err
	}
	cleanups = append(cleanups, stop)

	home, err := os.MkdirTemp("", "idlebench-home-")
	if err != nil {
		return nil, err
	}
	cleanups = append(cleanups, func() { os.RemoveAll(home) })
	app := exec.Command(bin)
	app.Env = append(os.Environ(), "DISPLAY="+display, "DBUS_SESSION_BUS_ADDRESS="+bus,
		"SESAME_DEMO=1", "HOME="+home, "XDG_RUNTIME_DIR="+home, "XDG_CONFIG_HOME="+home+"/.config", "XDG_DATA_HOME="+home+"/.local/share")
	log := &strings.Builder{}
	app.Stdout, app.Stderr = log, log
	if err := app.Start(); err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	cleanups = append(cleanups, func() {
		app.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			app.Process.Kill()
			<-exited
		}
	})
	pid := app.Process.Pid

	win, err := waitWindow(display, exited)
	if err != nil {
		return nil, fmt.Errorf("%v\n%s", err, log.String())
	}
	select {
	case <-registered:
	case err := <-exited:
		return nil, fmt.Errorf("the app exited (%v)\n%s", err, log.String())
	case <-time.After(15 * time.Second):
		return nil, fmt.Errorf("the app registered no tray item\n%s", log.String())
	}
	time.Sleep(settle)
	open, err := sampleFor(pid, sample)
	if err != nil {
		return nil, err
	}
	if err := closeWindow(display, win); err != nil {
		return nil, fmt.Errorf("pressing the close button: %v", err)
	}
	if err := waitUnmapped(display, win, exited); err != nil {
		return nil, fmt.Errorf("%v\n%s", err, log.String())
	}
	if err := waitChildrenGone(pid); err != nil {
		return nil, fmt.Errorf("%v\n%s", err, log.String())
	}
	time.Sleep(settle)
	hidden, err := sampleFor(pid, sample)
	if err != nil {
		return nil, err
	}
	return []row{{label, "window open", open}, {label, "hidden in tray", hidden}}, nil
}

// startXvfb starts a virtual X server and returns its DISPLAY.
func startXvfb() (string, func(), error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	err = cmd.Start()
	w.Close()
	if err != nil {
		return "", nil, err
	}
	stop := func() { cmd.Process.Kill(); cmd.Wait() }
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("Xvfb gave no display number: %v", err)
	}
	return ":" + strings.TrimSpace(line), stop, nil
}

// startBus starts a private D-Bus session bus and returns its address.
func startBus() (string, func(), error) {
	cmd := exec.Command("dbus-daemon", "--session", "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() { cmd.Process.Kill(); cmd.Wait() }
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("dbus-daemon gave no address: %v", err)
	}
	return strings.TrimSpace(line), stop, nil
}

// watcher answers the one call a StatusNotifierItem makes to the host.
type watcher struct{ registered chan string }

func (w watcher) RegisterStatusNotifierItem(service string) *dbus.Error {
	select {
	case w.registered <- service:
	default:
	}
	return nil
}

// fakeWatcher plays the tray host on the bus at addr; the channel gets
// the app's item when it registers.
func fakeWatcher(addr string) (<-chan string, func(), error) {
	conn, err := dbus.Connect(addr)
	if err != nil {
		return nil, nil, err
	}
	w := watcher{registered: make(chan string, 1)}
	const name, path = "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher"
	if err := conn.Export(w, path, name); err != nil {
		conn.Close()
		return nil, nil, err
	}
	reply, err := conn.RequestName(name, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		conn.Close()
		return nil, nil, fmt.Errorf("owning %s: %v (reply %d)", name, err, reply)
	}
	return w.registered, func() { conn.Close() }, nil
}

// waitWindow waits for the app's window to be mapped and returns its id.
func waitWindow(display string, exited <-chan error) (uint32, error) {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return 0, fmt.Errorf("the app exited before its window showed (%v)", err)
		default:
		}
		if id, ok := findWindow(display, "Sesame"); ok && mapped(display, id) {
			return id, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return 0, errors.New("no window in 30 s")
}

// waitUnmapped waits for the window to be hidden.
func waitUnmapped(display string, id uint32, exited <-chan error) error {
	for range 100 {
		select {
		case err := <-exited:
			return fmt.Errorf("the app exited when its window was closed (%v); it should hide in the tray", err)
		default:
		}
		if !mapped(display, id) {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("the window stayed mapped 5 s after its close button")
}

// waitChildrenGone waits for the processes below pid (the window process
// of a tray process) to exit, so that "hidden" measures the tray alone.
func waitChildrenGone(pid int) error {
	for range 200 {
		if len(descendants(pid)) == 0 {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the window process still runs 10 s after its window was closed: %v", descendants(pid))
}

// findWindow finds a top-level window by its title with xwininfo.
func findWindow(display, title string) (uint32, bool) {
	out, err := exec.Command("xwininfo", "-display", display, "-root", "-children").Output()
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && strings.HasPrefix(f[1], `"`+title+`"`) {
			var id uint32
			if _, err := fmt.Sscanf(f[0], "0x%x", &id); err == nil {
				return id, true
			}
		}
	}
	return 0, false
}

// mapped reports whether the window is shown.
func mapped(display string, id uint32) bool {
	out, err := exec.Command("xwininfo", "-display", display, "-id", fmt.Sprintf("0x%x", id)).Output()
	return err == nil && strings.Contains(string(out), "IsViewable")
}
