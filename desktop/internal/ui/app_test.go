package ui_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/godbus/dbus/v5"

	"github.com/sesame-spa/sesame/desktop/internal/tray"

	"github.com/sesame-spa/sesame/desktop/internal/ui"
	"github.com/sesame-spa/sesame/desktop/internal/ui/demo"
)

// appEnv makes the test binary run the app itself (see TestMain), so the
// start-and-quit tests need no second build of the GUI.
const appEnv = "SESAME_UI_TEST_RUN_APP"

func TestMain(m *testing.M) {
	if os.Getenv(appEnv) == "1" {
		quit, _ := time.ParseDuration(os.Getenv(appEnv + "_QUIT_AFTER"))
		os.Exit(ui.Run(ui.Config{Services: demo.New(time.Now).Services(), QuitAfter: quit}))
	}
	os.Exit(m.Run())
}

// need skips the test when a program it runs is missing, except in CI,
// where a missing program is a failure of the setup.
func need(t *testing.T, progs ...string) {
	t.Helper()
	for _, p := range progs {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing (scripts/install-deps.sh installs it)", p)
			}
			t.Skipf("%s is missing: apt-get install xvfb dbus x11-utils to run this test", p)
		}
	}
}

// xvfb starts a virtual X server for the test and returns its DISPLAY.
func xvfb(t *testing.T) string {
	t.Helper()
	need(t, "Xvfb", "xwininfo")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display number: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// output is the app's standard output and error, read while it runs.
type output struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *output) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// app is the app running in a child process.
type app struct {
	cmd    *exec.Cmd
	out    output
	done   chan error
	exited bool
}

// startApp runs the app (this test binary) as argv's last word, with env.
func startApp(t *testing.T, display string, env []string, argv ...string) *app {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	a := &app{done: make(chan error, 1)}
	a.cmd = exec.Command(argv[0], append(argv[1:], exe, "-test.run=^$")...)
	a.cmd.Env = append(os.Environ(), "DISPLAY="+display, appEnv+"=1", "LANG=en_US.UTF-8")
	a.cmd.Env = append(a.cmd.Env, env...)
	a.cmd.Stdout, a.cmd.Stderr = &a.out, &a.out
	if err := a.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { a.done <- a.cmd.Wait() }()
	t.Cleanup(func() {
		if !a.exited {
			a.cmd.Process.Kill()
			<-a.done
		}
	})
	return a
}

// waitWindow waits (bounded) until a window titled Sesame is mapped.
func (a *app) waitWindow(t *testing.T, display string) {
	t.Helper()
	for i := 0; i < 150; i++ {
		out, _ := exec.Command("xwininfo", "-display", display, "-root", "-tree").Output()
		if bytes.Contains(out, []byte(`"Sesame"`)) {
			return
		}
		select {
		case err := <-a.done:
			a.exited = true
			t.Fatalf("the app exited before showing its window: %v\n%s", err, a.out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("no Sesame window within 15 s\n%s", a.out.String())
}

// quit asks the app to quit as a desktop session's end does (SIGTERM) and
// wants exit status 0 with no panic.
func (a *app) quit(t *testing.T) {
	t.Helper()
	a.cmd.Process.Signal(syscall.SIGTERM)
	a.wait(t)
}

// wait wants the app to exit by itself with status 0 and no panic.
func (a *app) wait(t *testing.T) {
	t.Helper()
	select {
	case err := <-a.done:
		a.exited = true
		if err != nil {
			t.Fatalf("app exit: %v\n%s", err, a.out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("the app did not quit within 15 s\n%s", a.out.String())
	}
	if strings.Contains(a.out.String(), "panic") {
		t.Fatalf("the app panicked:\n%s", a.out.String())
	}
}

func TestNoTrayHostUnderDBusRunSession(t *testing.T) {
	need(t, "dbus-run-session")
	display := xvfb(t)
	// dbus-run-session would end at a signal meant for the app, so the app
	// quits by itself, through the same call as the tray's Quit.
	a := startApp(t, display, []string{appEnv + "_QUIT_AFTER=3s"}, "dbus-run-session", "--")
	a.waitWindow(t, display)
	a.wait(t)
	if !strings.Contains(a.out.String(), "no tray icon") {
		t.Errorf("the app did not say why there is no tray icon:\n%s", a.out.String())
	}
}

func TestNoSessionBusAtAll(t *testing.T) {
	display := xvfb(t)
	a := startApp(t, display, []string{"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/sesame-test-bus"}, "env")
	a.waitWindow(t, display)
	a.quit(t)
	if !strings.Contains(a.out.String(), "no D-Bus session bus") {
		t.Errorf("the app did not say there is no session bus:\n%s", a.out.String())
	}
}

// TestTrayHostPresent runs a stand-in StatusNotifierWatcher on a private
// bus: the app must find it, register its tray item with it, and still
// quit cleanly.
func TestTrayHostPresent(t *testing.T) {
	need(t, "dbus-daemon")
	display := xvfb(t)
	addr := privateBus(t)
	registered := fakeWatcher(t, addr)
	a := startApp(t, display, []string{"DBUS_SESSION_BUS_ADDRESS=" + addr}, "env")
	a.waitWindow(t, display)
	select {
	case <-registered:
	case <-time.After(15 * time.Second):
		t.Fatalf("the app registered no tray item\n%s", a.out.String())
	}
	a.quit(t)
	if strings.Contains(a.out.String(), "no tray icon") {
		t.Errorf("the app says it has no tray with a host present:\n%s", a.out.String())
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

// watcher answers the one call a StatusNotifierItem makes to the host.
type watcher struct{ registered chan string }

func (w watcher) RegisterStatusNotifierItem(service string) *dbus.Error {
	select {
	case w.registered <- service:
	default:
	}
	return nil
}

func fakeWatcher(t *testing.T, addr string) <-chan string {
	t.Helper()
	conn, err := dbus.Connect(addr) // its context would close the connection when done
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	w := watcher{registered: make(chan string, 1)}
	const name, path = "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher"
	if err := conn.Export(w, path, name); err != nil {
		t.Fatal(err)
	}
	reply, err := conn.RequestName(name, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("owning %s: %v (reply %d)", name, err, reply)
	}
	return w.registered
}

// userClosable is a test window that the window manager's close button can
// be pressed on: Fyne's test window has no such button.
type userClosable struct {
	fyne.Window
	intercept func()
	hidden    bool
}

func (w *userClosable) SetCloseIntercept(f func()) {
	w.intercept = f
	w.Window.SetCloseIntercept(f)
}

func (w *userClosable) Hide() {
	w.hidden = true
	w.Window.Hide()
}

// pressClose is what the window manager's close button does: the
// intercept when one is set, else Close.
func (w *userClosable) pressClose() {
	if w.intercept != nil {
		w.intercept()
		return
	}
	w.Close()
}

// shows reports whether a visible label in the window reads text.
func shows(win fyne.Window, text string) bool {
	for _, o := range test.LaidOutObjects(win.Content()) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

func TestClosingTheWindow(t *testing.T) {
	const quitsText = "Closing this window quits Sesame"
	for _, c := range []struct {
		name     string
		trayErr  error
		wantQuit bool
	}{
		{"with a tray icon", nil, false},
		{"without a tray host", tray.ErrNoHost, true},
		{"without a session bus", tray.ErrNoSessionBus, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t)
			d := demo.New(time.Now)
			ctl := ui.NewController(d.Services(), time.Now, func(run func()) { run() }, func(string, string) {})
			win := &userClosable{Window: test.NewWindow(nil)}
			t.Cleanup(win.Window.Close)
			quits := 0
			ui.NewWindow(ctl, win, c.trayErr, func() { quits++ })
			win.pressClose()
			if got := quits == 1; got != c.wantQuit || quits > 1 {
				t.Errorf("closing the window quit the app %d times, want quit: %v", quits, c.wantQuit)
			}
			if win.hidden == c.wantQuit {
				t.Errorf("window hidden: %v, want %v", win.hidden, !c.wantQuit)
			}
			if shows(win, quitsText) != c.wantQuit {
				t.Errorf("the window says %q: %v, want %v", quitsText, !c.wantQuit, c.wantQuit)
			}
			if c.wantQuit && !shows(win, c.trayErr.Error()) {
				t.Errorf("the window does not say why there is no tray icon (%v)", c.trayErr)
			}
		})
	}
}
