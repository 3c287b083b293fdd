package pkgtest

import (
	"archive/zip"
	"bytes"
	"context"
	"debug/pe"
	"encoding/binary"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

var (
	winOnce  sync.Once
	winDir   string // the zip's contents, unpacked
	winFiles []string
	winErr   string
)

// windowsZip builds the Windows zip once (scripts/package.sh windows: the
// GUI cross build is the slow part, minutes from a cold cache) and returns
// the directory it was unpacked into.
func windowsZip(t *testing.T) string {
	t.Helper()
	for _, prog := range []string{"x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres", "zip"} {
		need(t, prog)
	}
	winOnce.Do(func() { winErr = buildWindows() })
	if winErr != "" {
		t.Fatal(winErr)
	}
	return winDir
}

func buildWindows() string {
	dir, err := os.MkdirTemp("", "sesame-windows-")
	if err != nil {
		return err.Error()
	}
	winDir = dir
	cmd := exec.Command("scripts/package.sh", "windows")
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "DIST="+filepath.Join(dir, "dist"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return "scripts/package.sh windows: " + err.Error() + "\n" + string(out)
	}
	zips, _ := filepath.Glob(filepath.Join(dir, "dist", "sesame_*_windows_amd64.zip"))
	if len(zips) != 1 {
		return "sesame_*_windows_amd64.zip in dist: " + strings.Join(zips, " ")
	}
	zr, err := zip.OpenReader(zips[0])
	if err != nil {
		return err.Error()
	}
	defer zr.Close()
	for _, f := range zr.File {
		winFiles = append(winFiles, f.Name)
		if err := unzipFile(f, filepath.Join(dir, filepath.Base(f.Name))); err != nil {
			return err.Error()
		}
	}
	return ""
}

func unzipFile(f *zip.File, dst string) error {
	r, err := f.Open()
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// describe is the version package.sh stamps in: git describe of this tree.
func describe(t *testing.T) string {
	out, err := exec.Command("git", "-C", repo, "describe", "--tags", "--always", "--dirty").Output()
	if err != nil {
		return "devel"
	}
	return strings.TrimSpace(string(out))
}

func TestWindowsZip(t *testing.T) {
	dir := windowsZip(t)
	if want := []string{"README.txt", "sesame.exe", "sesame-cli.exe"}; !slices.Equal(winFiles, want) {
		t.Errorf("zip holds %q, want %q", winFiles, want)
	}
	readme, err := os.ReadFile(filepath.Join(dir, "README.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte("sesame-cli.exe --version\r\n")) || bytes.Contains(readme, []byte("@")) {
		t.Errorf("README.txt: want CRLF lines and every @PLACEHOLDER@ filled in:\n%s", readme)
	}
}

// Both programs are amd64 PE executables, the desktop app for the GUI
// subsystem (no console window behind it) and sesame-cli.exe for the
// console, each with its icon, manifest and version resource.
func TestWindowsPE(t *testing.T) {
	dir := windowsZip(t)
	for name, subsystem := range map[string]uint16{
		"sesame.exe":     pe.IMAGE_SUBSYSTEM_WINDOWS_GUI,
		"sesame-cli.exe": pe.IMAGE_SUBSYSTEM_WINDOWS_CUI,
	} {
		f, err := pe.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer f.Close()
		opt, ok := f.OptionalHeader.(*pe.OptionalHeader64)
		if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 || !ok {
			t.Errorf("%s: machine %#x, want amd64 (PE32+)", name, f.Machine)
			continue
		}
		if opt.Subsystem != subsystem {
			t.Errorf("%s: subsystem %d, want %d", name, opt.Subsystem, subsystem)
		}
		rsrc := f.Section(".rsrc")
		if rsrc == nil {
			t.Errorf("%s: no .rsrc section (icon and version resource)", name)
			continue
		}
		data, err := rsrc.Data()
		if err != nil {
			t.Fatalf("%s: .rsrc: %v", name, err)
		}
		// RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST
		if got, want := resourceTypes(data), []uint32{3, 14, 16, 24}; !slices.Equal(got, want) {
			t.Errorf("%s: resource types %v, want %v", name, got, want)
		}
		for _, s := range []string{"ProductVersion", describe(t), "OriginalFilename", name} {
			if !bytes.Contains(data, utf16le(s)) {
				t.Errorf("%s: version resource lacks %q", name, s)
			}
		}
	}
}

// resourceTypes lists the type IDs in the root directory of a .rsrc
// section (IMAGE_RESOURCE_DIRECTORY: 12 bytes, then the counts of named
// and of ID entries; each entry 8 bytes, its ID first).
func resourceTypes(rsrc []byte) []uint32 {
	if len(rsrc) < 16 {
		return nil
	}
	le := binary.LittleEndian
	named, ids := int(le.Uint16(rsrc[12:])), int(le.Uint16(rsrc[14:]))
	var types []uint32
	for i := named; i < named+ids && 16+8*i+8 <= len(rsrc); i++ {
		types = append(types, le.Uint32(rsrc[16+8*i:]))
	}
	return types
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// sesame.exe --version and sesame-cli.exe --version print under wine with
// no display, in a throwaway wine prefix.
func TestWindowsVersionUnderWine(t *testing.T) {
	need(t, "wine")
	dir := windowsZip(t)
	prefix := t.TempDir()
	env := []string{"WINEPREFIX=" + prefix, "WINEDEBUG=-all",
		// No Mono or Gecko install dialog while the prefix is made.
		"WINEDLLOVERRIDES=mscoree,mshtml=", "HOME=" + prefix, "PATH=" + os.Getenv("PATH")}
	t.Cleanup(func() { // the prefix's wineserver outlives the programs for a few seconds
		kill := exec.Command("wineserver", "-k")
		kill.Env = env
		_ = kill.Run()
	})
	goRuntimeDLL(t, env, prefix)
	for name, build := range map[string]string{"sesame.exe": "desktop", "sesame-cli.exe": "headless"} {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd := exec.CommandContext(ctx, "wine", filepath.Join(dir, name), "--version")
		cmd.Env = env
		cmd.WaitDelay = 5 * time.Second
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		cancel()
		want := regexp.MustCompile(`^sesame ` + regexp.QuoteMeta(describe(t)) + ` \(` + build + `, go1\.\S+ windows/amd64\)\r?\n$`)
		if err != nil || !want.Match(stdout.Bytes()) {
			t.Errorf("wine %s --version: %v\nstdout %q\nstderr %s\nwant %s", name, err, stdout.String(), stderr.String(), want)
		}
	}
}

// goRuntimeDLL makes the wine prefix and, when its Wine lacks
// bcryptprimitives.dll (Wine 8, Debian 12's), builds the test's stand-in
// (testdata/bcryptprimitives.c) into its system32: without it every Go
// program stops before main ("bcryptprimitives.dll not found").
func goRuntimeDLL(t *testing.T, env []string, prefix string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	boot := exec.CommandContext(ctx, "wineboot", "--init")
	boot.Env = env
	// Into a file, not a pipe: the wineserver it starts stays on (until
	// the cleanup's wineserver -k) holding whatever output it was given.
	log, err := os.Create(filepath.Join(t.TempDir(), "wineboot.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	boot.Stdout, boot.Stderr = log, log
	if err := boot.Run(); err != nil {
		out, _ := os.ReadFile(log.Name())
		t.Fatalf("wineboot --init: %v\n%s", err, out)
	}
	dll := filepath.Join(prefix, "drive_c", "windows", "system32", "bcryptprimitives.dll")
	if _, err := os.Stat(dll); err == nil {
		return
	}
	run(t, "x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", dll, "testdata/bcryptprimitives.c", "-lbcrypt")
}
