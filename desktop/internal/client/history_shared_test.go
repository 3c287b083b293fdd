package client

import (
	"fmt"
	"path/filepath"
	"sync"
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

// TestHistoryConcurrentAdds: two Histories of one file adding at the same
// moment (the tray and the window each knocking) lose no row.
func TestHistoryConcurrentAdds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.json")
	const each = 40
	var wg sync.WaitGroup
	for p := range 2 {
		h, err := OpenHistory(path, 0)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if err := h.Add(Record{Profile: fmt.Sprintf("p%d-%d", p, i)}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	again, err := OpenHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(again.List()); n != 2*each {
		t.Errorf("the file keeps %d rows, want %d", n, 2*each)
	}
}
