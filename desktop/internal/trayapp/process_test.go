package trayapp

import (
	"bufio"
	"context"
	"fmt"
	"github.com/sesame-spa/sesame/desktop/internal/trayapp/wire"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/sesame-spa/sesame/desktop/internal/store"
	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/live"
)

// The test binary is also the tray process under test (childEnv=1): the
// same Main a plain `sesame` runs, over a store in a test folder whose
// keys are in a plain key file (no keyring on the private bus), with a
// window starter that only records that it was asked.
const childEnv = "TRAYAPP_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(child())
	}
	os.Exit(m.Run())
}

func child() int {
	status, done := Main(Options{
		Services: func() (ui.Services, error) {
			st := &store.Store{Dir: os.Getenv("TRAYAPP_STORE"), Secrets: store.NoKeyring{Why: "test"}}
			return live.New(st, nil).Services(), nil
		},
		Probe:     ui.ProbeTray,
		Hidden:    true,
		QuitAfter: 50 * time.Second, // a bound, should the test die first
		StartWindow: func() (func() error, error) {
			f, err := os.OpenFile(os.Getenv("TRAYAPP_WINDOWS"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
			if err != nil {
				return nil, err
			}
			fmt.Fprintln(f, "window")
			return func() error { return nil }, f.Close()
		},
	})
	if !done {
		return 3
	}
	return status
}

func need(t *testing.T, prog string) {
	t.Helper()
	if _, err := exec.LookPath(prog); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (scripts/install-deps.sh installs it)", prog)
		}
		t.Skipf("%s is not installed", prog)
	}
}

func privateBus(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("dbus-daemon", "--session", "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon gave no address: %v", err)
	}
	return strings.TrimSpace(line)
}

// watcher is a stand-in tray host: it answers the one call a
// StatusNotifierItem makes to it, and passes on the caller's bus name.
type watcher struct{ registered chan string }

func (w watcher) RegisterStatusNotifierItem(sender dbus.Sender, _ string) *dbus.Error {
	select {
	case w.registered <- string(sender):
	default:
	}
	return nil
}

func fakeWatcher(t *testing.T, addr string) (*dbus.Conn, <-chan string) {
	t.Helper()
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	w := watcher{registered: make(chan string, 1)}
	const name, path = "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher"
	if err := conn.Export(w, path, name); err != nil {
		t.Fatal(err)
	}
	if reply, err := conn.RequestName(name, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("owning %s: %v (reply %d)", name, err, reply)
	}
	return conn, w.registered
}

// item is one entry of the tray's menu as com.canonical.dbusmenu gives it.
type item struct {
	id       int32
	label    string
	children []item
}

func toItem(v []any) item {
	it := item{id: v[0].(int32)}
	if l, ok := v[1].(map[string]dbus.Variant)["label"]; ok {
		it.label, _ = l.Value().(string)
	}
	for _, c := range v[2].([]dbus.Variant) {
		it.children = append(it.children, toItem(c.Value().([]any)))
	}
	return it
}

func (it item) labels() string {
	var l []string
	for _, c := range it.children {
		l = append(l, c.label)
	}
	return strings.Join(l, "|")
}

func (it item) find(label string) (item, bool) {
	for _, c := range it.children {
		if c.label == label {
			return c, true
		}
	}
	return item{}, false
}

// menu reads the tray's menu over D-Bus.
func menu(t *testing.T, conn *dbus.Conn, service string) item {
	t.Helper()
	var rev uint32
	var layout []any
	err := conn.Object(service, "/StatusNotifierMenu").Call("com.canonical.dbusmenu.GetLayout", 0,
		int32(0), int32(-1), []string{}).Store(&rev, &layout)
	if err != nil {
		t.Fatalf("GetLayout: %v", err)
	}
	return toItem(layout)
}

// waitMenu reads the menu until ok says it is the one wanted (the tray
// reads the store and knocks off its loop), for at most 15 s.
func waitMenu(t *testing.T, conn *dbus.Conn, service string, what string, ok func(item) bool) item {
	t.Helper()
	var m item
	for i := 0; i < 150; i++ {
		if m = menu(t, conn, service); ok(m) {
			return m
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the tray menu never showed %s: %q", what, m.labels())
	return m
}

func click(t *testing.T, conn *dbus.Conn, service string, id int32) {
	t.Helper()
	err := conn.Object(service, "/StatusNotifierMenu").Call("com.canonical.dbusmenu.Event", 0,
		id, "clicked", dbus.MakeVariant(""), uint32(0)).Err
	if err != nil {
		t.Fatalf("clicking item %d: %v", id, err)
	}
}

// addProfile stores the profile lo: knocks go to spa, its access port is
// closed (the port check fails; the packet is what counts here).
func addProfile(t *testing.T, dir string, spa *net.UDPConn) {
	t.Helper()
	keys, err := store.GenerateKeys(0)
	if err != nil {
		t.Fatal(err)
	}
	st := &store.Store{Dir: dir, Secrets: store.NoKeyring{Why: "test"}}
	p := store.NewProfile()
	port := spa.LocalAddr().(*net.UDPAddr).Port
	for _, f := range [][2]string{{"name", "lo"}, {"host", "127.0.0.1"}, {"port", strconv.Itoa(port)},
		{"access", "tcp/9"}, {"allow", "source"}, {"key-source", "file:" + filepath.Join(dir, "lo.keys")}} {
		if err := store.SetField(&p, f[0], f[1]); err != nil {
			t.Fatal(f, err)
		}
	}
	if err := st.Add(context.Background(), p, &keys); err != nil {
		t.Fatal(err)
	}
}

// xTrap listens where DISPLAY=127.0.0.1:N sends an X client, and counts
// who connects: the tray process must not.
func xTrap(t *testing.T) (display string, connected func() int) {
	t.Helper()
	for n := 50; n < 100; n++ {
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(6000+n))
		if err != nil {
			continue
		}
		t.Cleanup(func() { ln.Close() })
		count := make(chan int, 1)
		count <- 0
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				c.Close()
				count <- <-count + 1
			}
		}()
		return "127.0.0.1:" + strconv.Itoa(n), func() int { n := <-count; count <- n; return n }
	}
	t.Skip("no free X display port 6050-6099 on loopback")
	return "", nil
}

// wakeups counts the process's context switches, all its threads: how
// often it woke.
func wakeups(t *testing.T, pid int) (switches, threads int) {
	t.Helper()
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/status", pid, task.Name()))
		if err != nil {
			continue // the thread ended
		}
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.HasSuffix(k, "ctxt_switches") {
				n, _ := strconv.Atoi(strings.TrimSpace(v))
				switches += n
			}
		}
	}
	return switches, len(tasks)
}

// TestTrayProcess runs the tray process on a private session bus with a
// stand-in tray host: its menu lists the store's profile, Knock sends the
// packet, it sleeps while it waits and never connects to the X display, a
// status the window reports shows in the menu, a second `sesame` hands
// over and exits 0, and Quit ends the window and the tray.
func TestTrayProcess(t *testing.T) {
	need(t, "dbus-daemon")
	addr := privateBus(t)
	conn, registered := fakeWatcher(t, addr)
	dir := t.TempDir()
	spa, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { spa.Close() })
	addProfile(t, dir, spa)
	display, xConnections := xTrap(t)
	run := shortDir(t)
	windows := filepath.Join(dir, "windows")
	env := append(os.Environ(), childEnv+"=1", "DBUS_SESSION_BUS_ADDRESS="+addr, "XDG_RUNTIME_DIR="+run,
		"TRAYAPP_STORE="+dir, "TRAYAPP_WINDOWS="+windows, "DISPLAY="+display, "WAYLAND_DISPLAY=")
	start := func() (*exec.Cmd, *strings.Builder) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = env
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, out
	}
	trayCmd, trayOut := start()
	exited := make(chan struct{}) // closed when the tray process has ended, with exitErr
	var exitErr error
	go func() { exitErr = trayCmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		trayCmd.Process.Kill()
		<-exited
	})
	var service string
	select {
	case service = <-registered:
	case <-exited:
		t.Fatalf("the tray process ended before registering its item: %v\n%s", exitErr, trayOut.String())
	case <-time.After(20 * time.Second):
		t.Fatalf("the tray process registered no tray item\n%s", trayOut.String())
	}

	m := waitMenu(t, conn, service, "the profile lo", func(m item) bool { return m.labels() == "Sesame: ready||lo||Open Sesame…|Quit" })

	// At rest: a handful of wake-ups a second at most (Fyne's loop alone
	// made 60 a second and more), and no X connection.
	time.Sleep(time.Second)
	before, threads := wakeups(t, trayCmd.Process.Pid)
	time.Sleep(3 * time.Second)
	after, _ := wakeups(t, trayCmd.Process.Pid)
	if rate := float64(after-before) / 3; rate > 10 {
		t.Errorf("the tray process at rest woke %.1f times a second (%d threads), want at most 10", rate, threads)
	}
	t.Logf("at rest: %.1f wake-ups/s, %d threads", float64(after-before)/3, threads)

	lo, _ := m.find("lo")
	knock, ok := lo.find("Knock")
	if !ok || lo.labels() != "Knock|Open SSH" {
		t.Fatalf("lo's submenu: %q", lo.labels())
	}
	click(t, conn, service, knock.id)
	spa.SetReadDeadline(time.Now().Add(15 * time.Second))
	buf := make([]byte, 2048)
	n, _, err := spa.ReadFromUDP(buf)
	if err != nil || n < 100 {
		t.Fatalf("no SPA packet after Knock (%d bytes, %v)\n%s", n, err, trayOut.String())
	}
	// Its outcome (the port stays closed), so that it cannot overwrite the
	// window's status below.
	waitMenu(t, conn, service, "the outcome of lo's knock", func(m item) bool {
		l := m.children[0].label
		return strings.HasPrefix(l, "lo: ") && l != "lo: knocking…"
	})

	// A window process: it hears the tray's status and tells its own.
	win, err := Dial(filepath.Join(run, "sesame", SocketName))
	if err != nil {
		t.Fatal(err)
	}
	defer win.Close()
	fmt.Fprintln(win, "window")
	r := wire.NewReader(win)
	if got, err := r.Next(); err != nil || got.Kind != wire.KindStatus || got.Status.Profile != "lo" {
		t.Fatalf("the window was told %+v, %v; want lo's status", got, err)
	}
	wire.Write(win, statusMsg(ui.Status{State: ui.Open, Profile: "lo", Until: time.Now().Add(3 * time.Minute), Message: "open after 7 ms"}))
	waitMenu(t, conn, service, "the window's knock", func(m item) bool { return m.children[0].label == "lo: open, 3 min left" })

	// A second `sesame`: it hands over and exits 0; the tray raises the
	// window that runs rather than start another.
	second, secondOut := start()
	done := make(chan error, 1)
	go func() { done <- second.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the second sesame: %v\n%s", err, secondOut.String())
		}
	case <-time.After(15 * time.Second):
		second.Process.Kill()
		t.Fatal("the second sesame did not exit")
	}
	win.SetReadDeadline(time.Now().Add(10 * time.Second))
	if got, err := r.Next(); err != nil || got.Kind != wire.KindRaise {
		t.Fatalf("after the hand-over the window was told %+v, %v; want raise", got, err)
	}
	if _, err := os.Stat(windows); err == nil {
		t.Error("the tray started a second window process")
	}

	// Quit: the tray may end before it answers the click (tray hosts send
	// it without waiting), so the call's outcome is not checked.
	quit, _ := menu(t, conn, service).find("Quit")
	conn.Object(service, "/StatusNotifierMenu").Call("com.canonical.dbusmenu.Event", 0,
		quit.id, "clicked", dbus.MakeVariant(""), uint32(0))
	if got, err := r.Next(); err != nil || got.Kind != wire.KindQuit {
		t.Errorf("on Quit the window was told %+v, %v; want quit", got, err)
	}
	select {
	case <-exited:
		if exitErr != nil {
			t.Fatalf("the tray process: %v\n%s", exitErr, trayOut.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the tray process did not quit")
	}
	if n := xConnections(); n > 0 {
		t.Errorf("the tray process connected to the X display %d times", n)
	}
	// With no window running, "show" starts one.
}
