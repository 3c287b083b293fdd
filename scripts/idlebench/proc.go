package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of /proc/<pid>/stat's CPU times (USER_HZ, 100 on
// every Linux architecture Sesame builds for).
const clockTick = 10 * time.Millisecond

// usage is what an app cost over a sample.
type usage struct {
	cpu      float64 // % of one core, the app and its children
	wakeups  float64 // context switches a second, all threads of the app and its children
	waits    float64 // of which voluntary: the thread slept and was woken (the rest were preempted, more so on a loaded machine)
	rss      int64   // the app's VmRSS at the end, KiB
	treeRSS  int64   // the app's and its children's, KiB
	children int     // how many child processes the app has
}

// counters are a process tree's cumulative figures at one moment.
type counters struct {
	cpu      time.Duration
	switches int64
	waits    int64
	rss      int64
	treeRSS  int64
	children int
}

// sampleFor reads the counters of pid's tree, waits d, and reads them again.
func sampleFor(pid int, d time.Duration) (usage, error) {
	before, err := readTree(pid)
	if err != nil {
		return usage{}, err
	}
	t0 := time.Now()
	time.Sleep(d)
	after, err := readTree(pid)
	if err != nil {
		return usage{}, err
	}
	el := time.Since(t0)
	return usage{
		cpu:      100 * float64(after.cpu-before.cpu) / float64(el),
		wakeups:  float64(after.switches-before.switches) / el.Seconds(),
		waits:    float64(after.waits-before.waits) / el.Seconds(),
		rss:      after.rss,
		treeRSS:  after.treeRSS,
		children: after.children,
	}, nil
}

// readTree sums the counters of pid and its descendants.
func readTree(pid int) (counters, error) {
	var c counters
	rss, err := processCounters(pid, &c)
	if err != nil {
		return c, fmt.Errorf("the app (pid %d) is gone: %v", pid, err)
	}
	c.rss = rss
	for _, child := range descendants(pid) {
		if _, err := processCounters(child, &c); err == nil {
			c.children++
		}
	}
	return c, nil
}

// processCounters adds pid's CPU time, context switches of all its
// threads, and VmRSS to c, and returns its VmRSS.
func processCounters(pid int, c *counters) (int64, error) {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	f := statFields(string(stat))
	if len(f) < 15 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	utime, _ := strconv.ParseInt(f[13], 10, 64)
	stime, _ := strconv.ParseInt(f[14], 10, 64)
	c.cpu += time.Duration(utime+stime) * clockTick
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	rss := statusValue(string(status), "VmRSS")
	c.treeRSS += rss
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue // the thread ended
		}
		s := string(b)
		v := statusValue(s, "voluntary_ctxt_switches")
		c.waits += v
		c.switches += v + statusValue(s, "nonvoluntary_ctxt_switches")
	}
	return rss, nil
}

// statFields splits /proc/<pid>/stat after the command name, which may
// hold spaces; the fields keep their numbering from 1 = pid.
func statFields(s string) []string {
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil
	}
	pre := strings.Fields(s[:strings.IndexByte(s, '(')])
	return append(append(pre, "comm"), strings.Fields(s[i+1:])...)
}

// statusValue is the number of a "Key:\t123 kB" line of a status file.
func statusValue(s, key string) int64 {
	for _, line := range strings.Split(s, "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			n, _ := strconv.ParseInt(strings.Fields(v + " 0")[0], 10, 64)
			return n
		}
	}
	return 0
}

// descendants lists the processes below pid.
func descendants(pid int) []int {
	parent := map[int][]int{}
	dirs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, d := range dirs {
		b, err := os.ReadFile(d)
		if err != nil {
			continue
		}
		f := statFields(string(b))
		if len(f) < 4 {
			continue
		}
		p, _ := strconv.Atoi(f[0])
		pp, _ := strconv.Atoi(f[3])
		parent[pp] = append(parent[pp], p)
	}
	var out []int
	queue := []int{pid}
	for len(queue) > 0 && len(out) < 1000 {
		for _, c := range parent[queue[0]] {
			out = append(out, c)
			queue = append(queue, c)
		}
		queue = queue[1:]
	}
	return out
}

// printTable prints the rows, then each later label's ratio to the first.
func printTable(w io.Writer, rows []row) {
	fmt.Fprintf(w, "%-10s %-15s %8s %11s %10s %10s %14s\n", "build", "state", "CPU %", "wake-ups/s", "voluntary", "RSS MiB", "tree RSS MiB")
	for _, r := range rows {
		fmt.Fprintf(w, "%-10s %-15s %8.2f %11.0f %10.0f %10.1f %14.1f\n", r.label, r.state, r.cpu, r.wakeups, r.waits,
			float64(r.rss)/1024, float64(r.treeRSS)/1024)
	}
	for _, r := range rows {
		if r.label == rows[0].label {
			continue
		}
		for _, b := range rows {
			if b.label == rows[0].label && b.state == r.state && b.cpu > 0 && b.wakeups > 0 {
				fmt.Fprintf(w, "%s/%s, %s: CPU %.2f, wake-ups %.2f\n", r.label, b.label, r.state,
					r.cpu/b.cpu, r.wakeups/b.wakeups)
			}
		}
	}
}
