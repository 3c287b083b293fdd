package desktop

import (
	"os"

	"golang.org/x/sys/windows"
)

// useParentConsole gives a command of the Windows GUI build (linked with
// -H windowsgui, so that starting the tray app opens no console window)
// somewhere to print. Windows hands such a program no standard handles
// when it is started from a console without redirection, so `sesame.exe
// --version` would print nothing; it attaches to its parent's console
// instead and opens that console for each standard stream that is
// missing. Streams that are there (redirected to a file or a pipe, or
// every stream of the console build sesame-cli.exe) are left alone.
//
// The console's shell does not wait for a GUI program, so output may land
// after its next prompt: scripts use sesame-cli.exe (see
// packaging/windows/README.txt).
func useParentConsole() {
	if stdOK(windows.STD_OUTPUT_HANDLE) && stdOK(windows.STD_ERROR_HANDLE) {
		return
	}
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS: (DWORD)-1
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(uintptr(attachParentProcess)); r == 0 {
		return // no parent console (started from Explorer): nothing to print to
	}
	reopen(windows.STD_INPUT_HANDLE, "CONIN$", os.O_RDWR, &os.Stdin)
	reopen(windows.STD_OUTPUT_HANDLE, "CONOUT$", os.O_RDWR, &os.Stdout)
	reopen(windows.STD_ERROR_HANDLE, "CONOUT$", os.O_RDWR, &os.Stderr)
}

// stdOK reports whether the standard handle which is usable.
func stdOK(which uint32) bool {
	h, err := windows.GetStdHandle(which)
	return err == nil && h != 0 && h != windows.InvalidHandle
}

// reopen points a missing standard stream at the attached console.
func reopen(which uint32, name string, flag int, f **os.File) {
	if stdOK(which) {
		return
	}
	c, err := os.OpenFile(name, flag, 0)
	if err != nil {
		return
	}
	_ = windows.SetStdHandle(which, windows.Handle(c.Fd()))
	*f = c
}
