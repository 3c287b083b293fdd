package replay

import (
	"hash/maphash"
	"math/rand/v2"
	"testing"
)

// checkTable asserts the linear-probing invariant: every entry is found from
// its home slot, so no empty slot lies between its home and where it sits.
func checkTable(t *testing.T, tb *table, want map[Digest]stamp) {
	t.Helper()
	n := 0
	for j := range tb.slots {
		s := &tb.slots[j]
		if tb.tags[j] == 0 {
			if *s != (slot{}) {
				t.Fatalf("empty slot %d holds %v", j, s)
			}
			continue
		}
		if tb.tags[j] != tagOf(hashOf(&s.d)) {
			t.Fatalf("slot %d has tag %d, want %d", j, tb.tags[j], tagOf(hashOf(&s.d)))
		}
		n++
		for i := tb.home(hashOf(&s.d)); i != j; i = tb.next(i) {
			if tb.tags[i] == 0 {
				t.Fatalf("entry at %d unreachable: slot %d on its path is empty", j, i)
			}
		}
		if st, ok := want[s.d]; !ok || st != s.st {
			t.Fatalf("slot %d holds %v stamp %d, want %d (present %v)", j, s.d, s.st, st, ok)
		}
	}
	if n != len(want) || tb.n != len(want) {
		t.Fatalf("table counts %d, holds %d, want %d", tb.n, n, len(want))
	}
	for d := range want {
		if !tb.contains(&d, hashOf(&d)) {
			t.Fatalf("%v not found", d)
		}
	}
}

// TestTableAgainstMap runs random inserts, removes and prunes on a table
// kept small, so runs collide and wrap around the end, and compares it with
// a map after every step.
func TestTableAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tb table
	want := map[Digest]stamp{}
	for step := range 20000 {
		d := dig(rng.IntN(64))
		h := hashOf(&d)
		switch op := rng.IntN(10); {
		case op < 6:
			st := makeStamp(rng.Int64N(100)-50, rng.IntN(2) == 0)
			_, had := want[d]
			e, added := tb.insert(&d, h, st)
			if added == had || e.d != d {
				t.Fatalf("step %d: insert = %v, %v with present %v", step, e.d, added, had)
			}
			if !had {
				want[d] = st
			}
		case op < 9:
			_, had := want[d]
			if got := tb.remove(&d, h); got != had {
				t.Fatalf("step %d: remove = %v with present %v", step, got, had)
			}
			delete(want, d)
		default:
			cut := makeStamp(rng.Int64N(100)-50, false)
			n := 0
			for d, st := range want {
				if st < cut {
					delete(want, d)
					n++
				}
			}
			if got := tb.deleteIf(func(st stamp) bool { return st < cut }); got != n {
				t.Fatalf("step %d: deleteIf dropped %d, want %d", step, got, n)
			}
		}
		checkTable(t, &tb, want)
		if len(tb.tags) > 0 && tb.n*maxLoadDen > len(tb.tags)*maxLoadNum {
			t.Fatalf("step %d: load %d/%d above the maximum", step, tb.n, len(tb.tags))
		}
	}
}

// TestTableGrowsAndShrinks checks the length follows the count both ways.
func TestTableGrowsAndShrinks(t *testing.T) {
	var tb table
	st := makeStamp(0, false)
	for i := range 10000 {
		d := dig(i)
		tb.insert(&d, hashOf(&d), st)
	}
	// The last growth sized the table for at most 10000 digests.
	if l := len(tb.tags); l > slotsFor(10000) || 10000*maxLoadDen > l*maxLoadNum {
		t.Errorf("10000 digests in %d slots, want %d..%d", l, 10000*maxLoadDen/maxLoadNum, slotsFor(10000))
	}
	kept := 0
	tb.deleteIf(func(stamp) bool { kept++; return kept > 100 })
	if tb.n != 100 || len(tb.tags) != slotsFor(100) {
		t.Errorf("after pruning to %d digests: %d slots, want %d", tb.n, len(tb.tags), slotsFor(100))
	}
}

// TestDeleteIfVisitsEachOnce prunes tables of many sizes under many hash
// seeds, so runs wrap round the end in every way, and checks that drop is
// called exactly once for each entry and that exactly the dropped ones go.
func TestDeleteIfVisitsEachOnce(t *testing.T) {
	saved := hashSeed
	t.Cleanup(func() { hashSeed = saved })
	for seed := range uint64(500) {
		hashSeed = maphash.MakeSeed()
		rng := rand.New(rand.NewPCG(seed, 3))
		var tb table
		want := map[Digest]stamp{}
		dropped := map[stamp]bool{}
		for i := range 1 + rng.IntN(300) {
			d := dig(int(seed)*1000 + i)
			st := makeStamp(int64(i), false) // unique, so it names its entry
			tb.insert(&d, hashOf(&d), st)
			if dropped[st] = rng.IntN(3) > 0; !dropped[st] {
				want[d] = st
			}
		}
		calls := map[stamp]int{}
		got := tb.deleteIf(func(st stamp) bool { calls[st]++; return dropped[st] })
		for st := range dropped {
			if calls[st] != 1 {
				t.Fatalf("seed %d: drop called %d times for stamp %d", seed, calls[st], st)
			}
		}
		if len(calls) != len(dropped) || got != len(dropped)-len(want) {
			t.Fatalf("seed %d: drop saw %d stamps, removed %d; want %d, %d", seed, len(calls), got, len(dropped), len(dropped)-len(want))
		}
		checkTable(t, &tb, want)
	}
}
