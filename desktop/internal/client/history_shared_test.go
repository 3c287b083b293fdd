package client

import (
	"path/filepath"
	"testing"
	"time"
)

// TestHistorySharedByTwoProcesses: the tray process and the window process
// keep a History of the same file; each one's knocks survive the other's.
func TestHistorySharedByTwoProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	tray, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	window, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 3, 17, 0, 0, 0, time.UTC)
	if err := window.Add(Record{Profile: "web", At: at}); err != nil {
		t.Fatal(err)
	}
	if err := tray.Add(Record{Profile: "lab", At: at.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	again, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range again.List() {
		got = append(got, r.Profile)
	}
	if len(got) != 2 || got[0] != "web" || got[1] != "lab" {
		t.Fatalf("the file keeps %v, want [web lab]", got)
	}
}
